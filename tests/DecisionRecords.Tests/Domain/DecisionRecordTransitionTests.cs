using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Domain;

/// <summary>Every move a record can make, and the moves it refuses, on the entity alone.</summary>
public class DecisionRecordTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 13, 10, 30, 0, TimeSpan.Zero);

    private static DecisionRecord Draft(bool complete = true)
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0019-24", "People Zones 2024/2025 Budget", "author", Now);
        if (complete)
        {
            record.UpdateDetails(record.Title, new DateOnly(2024, 8, 20), null, ["Chief Executive"], null);
            record.UpdateSection(RecordSection.SummaryOfIssue, "There are three People Zone areas.");
            record.UpdateSection(RecordSection.Recommendations, "Approve the budget of £148,000.");
        }

        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Budget", TableRole.Commitment, ["Item"], ["2024/25"], [""], 1,
            [new FundingLineInput(null, ["Staff"], [("2024/25", 10_000_00)]), new FundingLineInput(null, ["Rent"], [("2024/25", 5_000_00)])]));
        record.AddAttachment(new Attachment(Guid.NewGuid(), record.Id, "Report", "report.pdf", "application/pdf", 10, true, "author", Now));
        return record;
    }

    private static Signature Sign(DecisionRecord record, SignOffStep step, string user) =>
        Signature.Electronic(Guid.NewGuid(), record.Id, step, user, user, "Title", Now, CanonicalContent.Hash(record), SignatureConfirmation.Password);

    private static Determination Answers(bool publish = true) => new()
    {
        PublishRecord = publish,
        PublishReport = true,
        PublishDetails = true,
        Reasons = publish ? null : "Section 43",
        Legislation = publish ? [] : ["FOIA-s43"],
    };

    private static DecisionRecord AwaitingDetermination()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        record.SignAdvice(Sign(record, SignOffStep.Advice, "cfo"));
        return record;
    }

    private static DecisionRecord Determined(bool exempting = false, bool publish = true)
    {
        var record = AwaitingDetermination();
        var table = record.FundingTables[0];
        var exemptions = exempting
            ? new Dictionary<Guid, string> { [table.Id] = "Section 43", [table.Lines[0].Id] = "Section 40", [record.Attachments[0].Id] = "Section 41" }
            : [];
        record.Determine(Answers(publish), exemptions, Sign(record, SignOffStep.Determination, "mo"));
        return record;
    }

    private static DecisionRecord Decided(bool publish = true)
    {
        var record = Determined(publish: publish);
        record.Decide(DecisionOutcome.Supported, null, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), Sign(record, SignOffStep.Decision, "pcc"), KeyDecisionNotice.None);
        return record;
    }

    private static DecisionRecord Published()
    {
        var record = Decided();
        record.Publish(Now);
        return record;
    }

    [Fact]
    public void Submit_CompleteDraft_AwaitsAdvice()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        Assert.Equal(DecisionStatus.AwaitingAdvice, record.Status);
        Assert.Equal(SignOffStep.Advice, record.CurrentStep);
        Assert.Equal(Now, record.SubmittedAt);
    }

    [Fact]
    public void Submit_IncompleteDraft_IsRefusedSayingWhatIsMissing()
    {
        var record = Draft(complete: false);
        var refusal = Assert.Throws<DomainException>(() => record.Submit(Now, KeyDecisionNotice.None));
        Assert.Contains("Enter the date of the record", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Draft, record.Status);
    }

    [Fact]
    public void EditsAndSecondSubmission_AreRefusedOnceSubmitted()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        Assert.Throws<DomainException>(() => record.Submit(Now, KeyDecisionNotice.None));
        Assert.Throws<DomainException>(() => record.UpdateSection(RecordSection.SummaryOfIssue, "Changed"));
        Assert.Throws<DomainException>(() => record.UpdateDetails("Changed", null, null, [], null));
        Assert.Throws<DomainException>(() => record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("More", TableRole.Context, ["A"], ["2024/25"], [], 1, [])));
        Assert.Throws<DomainException>(() => record.ReplaceFundingTable(record.FundingTables[0].Id, new FundingTableEdit("Budget", TableRole.Commitment, ["Item"], ["2024/25"], [""], 1,
            [new FundingLineInput(null, ["Staff"], [("2024/25", 8_888_888_00)])])));
        Assert.Throws<DomainException>(() => record.RemoveAttachment(record.Attachments[0].Id));
        Assert.Throws<DomainException>(() => record.SetStatedValue(null));
    }

    [Fact]
    public void SignAdvice_MovesToDetermination_AndRefusesASignatureForAnotherStepOrRecord()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        Assert.Throws<DomainException>(() => record.SignAdvice(Sign(record, SignOffStep.Determination, "cfo")));
        Assert.Throws<DomainException>(() => record.SignAdvice(Sign(Draft(), SignOffStep.Advice, "cfo")));
        record.SignAdvice(Sign(record, SignOffStep.Advice, "cfo"));
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
        Assert.Throws<DomainException>(() => record.SignAdvice(Sign(record, SignOffStep.Advice, "ce")));
    }

    [Fact]
    public void Determine_NeedsEveryAnswerAndReasonsForAnythingWithheld()
    {
        var record = AwaitingDetermination();
        Assert.Throws<DomainException>(() => record.Determine(new Determination { PublishRecord = true, PublishReport = true }, new Dictionary<Guid, string>(), Sign(record, SignOffStep.Determination, "mo")));
        Assert.Throws<DomainException>(() => record.Determine(Answers(), new Dictionary<Guid, string> { [Guid.NewGuid()] = "Section 43" }, Sign(record, SignOffStep.Determination, "mo")));
        var withholding = new Determination { PublishRecord = false, PublishReport = true, PublishDetails = true };
        Assert.Throws<DomainException>(() => record.Determine(withholding, new Dictionary<Guid, string>(), Sign(record, SignOffStep.Determination, "mo")));
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
    }

    [Fact]
    public void Determine_RecordsTheExemptionsOnTablesLinesAndDocuments()
    {
        var record = Determined(exempting: true);
        Assert.Equal(DecisionStatus.AwaitingDecision, record.Status);
        Assert.Equal("Section 43", record.FundingTables[0].ExemptReason);
        Assert.Equal("Section 40", record.FundingTables[0].Lines[0].ExemptReason);
        Assert.Equal("Section 41", record.Attachments[0].ExemptReason);
        Assert.False(record.Attachments[0].IsPublished);
    }

    [Fact]
    public void Decide_RecordsTheOutcomeAndThePublicationDay()
    {
        var record = Decided();
        Assert.Equal(DecisionStatus.Decided, record.Status);
        Assert.Equal(DecisionOutcome.Supported, record.Outcome);
        Assert.True(record.IsDueForRelease(new DateOnly(2026, 3, 13)));
        Assert.False(record.IsDueForRelease(new DateOnly(2026, 3, 12)));
        Assert.Equal(3, record.ValidSignatures.Count());
    }

    [Fact]
    public void Publish_OnlyWhatTheMonitoringOfficerSaidToPublish_AndWithholdOnlyWhatTheySaidToWithhold()
    {
        var publish = Decided();
        Assert.Throws<DomainException>(() => publish.Withhold(Now));
        publish.Publish(Now);
        Assert.Equal(DecisionStatus.Published, publish.Status);

        var withhold = Decided(publish: false);
        Assert.Throws<DomainException>(() => withhold.Publish(Now));
        withhold.Withhold(Now);
        Assert.Equal(DecisionStatus.Withheld, withhold.Status);
        Assert.Throws<DomainException>(() => withhold.Unpublish("Taken down", Now));
    }

    [Fact]
    public void Return_VoidsEverySignatureAndClearsEveryExemption()
    {
        var record = Determined(exempting: true);
        record.Return("Check the figures", "Monitoring Officer", Now);
        Assert.Equal(DecisionStatus.Draft, record.Status);
        Assert.All(record.Signatures, s => Assert.True(s.IsVoid));
        Assert.Null(record.Determination);
        Assert.Null(record.FundingTables[0].ExemptReason);
        Assert.All(record.FundingTables[0].Lines, l => Assert.Null(l.ExemptReason));
        Assert.Null(record.Attachments[0].ExemptReason);
        Assert.Equal("Check the figures", record.ReturnComment);
        Assert.Throws<DomainException>(() => record.Return("Again", "Monitoring Officer", Now));
    }

    [Fact]
    public void Return_NeedsAComment()
    {
        var record = AwaitingDetermination();
        Assert.Throws<DomainException>(() => record.Return(" ", "Monitoring Officer", Now));
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
    }

    [Fact]
    public void ReopenForAmendment_StartsAgainFromDraftWithNothingOfTheLastRound()
    {
        var record = AwaitingDetermination();
        var table = record.FundingTables[0];
        record.Determine(Answers(), new Dictionary<Guid, string> { [table.Lines[1].Id] = "Section 40", [record.Attachments[0].Id] = "Section 41" }, Sign(record, SignOffStep.Determination, "mo"));
        record.Decide(DecisionOutcome.Supported, "Agreed", new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), Sign(record, SignOffStep.Decision, "pcc"), KeyDecisionNotice.None);
        record.Publish(Now);
        Assert.Throws<DomainException>(() => record.ReopenForAmendment(" ", "Author", Now));

        record.ReopenForAmendment("Corrects the rent", "Author", Now);

        Assert.Equal(DecisionStatus.Draft, record.Status);
        Assert.All(record.Signatures, s => Assert.True(s.IsVoid));
        Assert.Null(record.Determination);
        Assert.Null(record.Outcome);
        Assert.Null(record.DecisionComments);
        Assert.Null(record.PublishOn);
        Assert.All(record.FundingTables[0].Lines, l => Assert.Null(l.ExemptReason));
        Assert.Null(record.Attachments[0].ExemptReason);
        Assert.Equal("Corrects the rent", record.TakeChangeNote());
        Assert.Null(record.TakeChangeNote());
    }

    [Fact]
    public void Unpublish_OnlyAPublishedRecord_WithAnExplanation()
    {
        Assert.Throws<DomainException>(() => Decided().Unpublish("Taken down", Now));
        var record = Published();
        Assert.Throws<DomainException>(() => record.Unpublish(" ", Now));
        record.Unpublish("Published in error", Now);
        Assert.Equal(DecisionStatus.Unpublished, record.Status);
        Assert.Equal("Published in error", record.UnpublishedExplanation);
        Assert.Throws<DomainException>(() => record.ReopenForAmendment("Again", "Author", Now));
    }

    [Fact]
    public void Withdraw_ADraftOrARecordInSignOff_ButNotOneDecidedOrPublished()
    {
        var draft = Draft();
        draft.Withdraw("No longer needed", Now);
        Assert.Equal(DecisionStatus.Withdrawn, draft.Status);

        var inSignOff = AwaitingDetermination();
        Assert.Throws<DomainException>(() => inSignOff.Withdraw(" ", Now));
        inSignOff.Withdraw("Superseded", Now);
        Assert.All(inSignOff.Signatures, s => Assert.True(s.IsVoid));

        Assert.Throws<DomainException>(() => Decided().Withdraw("Too late", Now));
        Assert.Throws<DomainException>(() => Published().Withdraw("Too late", Now));
    }

    [Fact]
    public void Delete_OnlyADraftThatWasNeverSubmitted()
    {
        Draft().EnsureDeletable();
        var returned = AwaitingDetermination();
        returned.Return("Start again", "Monitoring Officer", Now);
        Assert.Throws<DomainException>(returned.EnsureDeletable);
        Assert.Throws<DomainException>(Published().EnsureDeletable);
    }

    [Fact]
    public void MoveFundingTable_KeepsPositionsInOrderAndRefusesToLeaveTheList()
    {
        var record = Draft();
        var second = record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Second", TableRole.Context, ["A"], ["2024/25"], [], 1, []));
        var first = record.FundingTables[0];
        Assert.Throws<DomainException>(() => record.MoveFundingTable(first.Id, -1));
        record.MoveFundingTable(second.Id, -1);
        Assert.Equal([second.Id, first.Id], record.FundingTables.OrderBy(t => t.Position).Select(t => t.Id));
        Assert.Throws<DomainException>(() => record.MoveFundingTable(Guid.NewGuid(), 1));
    }

    [Fact]
    public void ImportedRecord_TakesItsPaperSignOffsOnceAndOnlyWhenImported()
    {
        var drafted = Draft();
        var paper = new[] { Signature.Paper(Guid.NewGuid(), drafted.Id, SignOffStep.Advice, null, null, "Chief Finance Officer") };
        Assert.Throws<DomainException>(() => drafted.RecordImportedSignOff(paper, Answers(), DecisionOutcome.Supported, null, Now));

        var imported = Draft();
        imported.RecordImportedContent(null, null, null, [(NoteKind.Arithmetic, "The total differs.", null)]);
        var blank = new Determination { PublishRecord = null, PublishReport = null, PublishDetails = null };
        imported.RecordImportedSignOff([Signature.Paper(Guid.NewGuid(), imported.Id, SignOffStep.Advice, null, null, "Chief Finance Officer")], blank, DecisionOutcome.Supported, null, Now);

        // A blank answer on a record the office put in its archive is not read as No: it was published.
        Assert.Equal(DecisionStatus.Published, imported.Status);
        Assert.Null(imported.Determination!.PublishRecord);
        Assert.Null(imported.Signatures.Single().SignerName);
        Assert.Throws<DomainException>(() => imported.RecordImportedSignOff([], blank, DecisionOutcome.Supported, null, Now));
    }

    [Fact]
    public void ExplainNote_UntilTheRecordIsWithdrawnOrTakenDown()
    {
        var record = Draft();
        record.RecordImportedContent(null, null, null, [(NoteKind.Arithmetic, "The total differs.", null)]);
        var note = record.ExplainNote(record.Notes[0].Id, "The table is right.", "Monitoring Officer", Now);
        Assert.Equal("The table is right.", note.PublicExplanation);
        Assert.Throws<DomainException>(() => record.ExplainNote(Guid.NewGuid(), "Nothing", "Monitoring Officer", Now));
        record.Withdraw("Not needed", Now);
        Assert.Throws<DomainException>(() => record.ExplainNote(note.Id, "Later", "Monitoring Officer", Now));
    }

    [Fact]
    public void ContentThatMovedAfterASignature_RefusesTheNextSignatureAndPublication()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        record.SignAdvice(Sign(record, SignOffStep.Advice, "cfo"));
        record.Determine(Answers(), new Dictionary<Guid, string>(), Sign(record, SignOffStep.Determination, "mo"));
        var signed = record.ContentHash();

        // As a bypass of the entity would: the money changes under the signatures.
        var amount = record.FundingTables[0].Lines[0].Amounts[0];
        typeof(FundingAmount).GetProperty(nameof(FundingAmount.AmountPence))!.SetValue(amount, 8_888_888_00L);
        Assert.NotEqual(signed, record.ContentHash());

        var refused = Assert.Throws<DomainException>(() => record.Decide(DecisionOutcome.Supported, null, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), Sign(record, SignOffStep.Decision, "pcc"), KeyDecisionNotice.None));
        Assert.Contains("is not what cfo", refused.Message);
        Assert.Throws<DomainException>(record.EnsureSignaturesBindContent);

        typeof(FundingAmount).GetProperty(nameof(FundingAmount.AmountPence))!.SetValue(amount, 10_000_00L);
        record.Decide(DecisionOutcome.Supported, null, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), Sign(record, SignOffStep.Decision, "pcc"), KeyDecisionNotice.None);
        typeof(FundingAmount).GetProperty(nameof(FundingAmount.AmountPence))!.SetValue(amount, 1L);
        Assert.Throws<DomainException>(() => record.Publish(Now));
    }

    [Fact]
    public void ASignatureOverOtherContent_IsRefused()
    {
        var record = Draft();
        record.Submit(Now, KeyDecisionNotice.None);
        var stale = Signature.Electronic(Guid.NewGuid(), record.Id, SignOffStep.Advice, "cfo", "cfo", "Title", Now, new string('0', 64), SignatureConfirmation.Password);
        Assert.Throws<DomainException>(() => record.SignAdvice(stale));
    }
}
