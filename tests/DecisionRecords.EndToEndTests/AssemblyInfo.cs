using DecisionRecords.Tests.Infrastructure;

[assembly: TestCaseOrderer(RandomOrder.TypeName, "DecisionRecords.EndToEndTests")]
[assembly: TestCollectionOrderer(RandomOrder.TypeName, "DecisionRecords.EndToEndTests")]
