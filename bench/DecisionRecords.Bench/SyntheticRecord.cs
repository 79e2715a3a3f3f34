using DecisionRecords.Web.Domain;

/// <summary>A decision record made up for benchmarks: words drawn from the bench's vocabulary, a funding table over two years, paper sign-offs.</summary>
internal static class SyntheticRecord
{
    public static readonly string[] Organisations = ["Catch 22", "Turning Point", "Leicester City Council", "Leicestershire County Council", "Rutland County Council", "Victim First", "Warning Zone"];

    public static DecisionRecord Create(int i, Random random, Func<string> word, DateTimeOffset now, string prefix = "SYN")
    {
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(4000));
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => word()));
        var record = new DecisionRecord(Guid.NewGuid(), $"{prefix}{i:00000}-{date.Year % 100:00}", $"Synthetic decision {i}: {Sentence(4)}", "bench", now);
        record.UpdateDetails(record.Title, date, date, ["Officer One", "Officer Two"], null);
        record.UpdateSection(RecordSection.SummaryOfIssue, Sentence(120));
        record.UpdateSection(RecordSection.Recommendations, Sentence(60));
        record.UpdateSection(RecordSection.KeyDiscussionPoints, Sentence(40));
        var year = FinancialYear.Containing(date);
        var next = $"{FinancialYear.StartYear(year) + 1}/{(FinancialYear.StartYear(year) + 2) % 100:00}";
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Table 1", TableRole.Commitment, ["Service", "Delivery organisation"], [year, next], [], 2,
            Enumerable.Range(0, 1 + random.Next(12)).Select(_ => new FundingLineInput(null, [Sentence(3), Organisations[random.Next(Organisations.Length)]],
                [(year, random.Next(1, 5_000_000) * 100L), (next, random.Next(1, 5_000_000) * 100L)])).ToList()));
        record.RecordImportedContent(null, null, null, []);
        record.RecordImportedSignOff(
        [
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Advice, "Chief Finance Officer", date, "Chief Finance Officer"),
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Determination, "Monitoring Officer", date, "Monitoring Officer"),
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Decision, "Commissioner", date, "Police and Crime Commissioner"),
        ], new Determination { PublishRecord = random.Next(50) > 0, PublishReport = true, PublishDetails = true, Reasons = "Synthetic reasons" }, DecisionOutcome.Supported, date, now);
        return record;
    }
}
