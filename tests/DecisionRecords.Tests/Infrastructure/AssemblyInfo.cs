using DecisionRecords.Tests.Infrastructure;

[assembly: TestCaseOrderer(RandomOrder.TypeName, "DecisionRecords.Tests")]
[assembly: TestCollectionOrderer(RandomOrder.TypeName, "DecisionRecords.Tests")]
