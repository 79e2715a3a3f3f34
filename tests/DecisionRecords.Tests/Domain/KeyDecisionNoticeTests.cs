using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Domain;

/// <summary>28 clear days' notice of a key decision, and the reason a record must give where it has less, on the entity alone.</summary>
public class KeyDecisionNoticeTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 20, 10, 30, 0, TimeSpan.Zero);

    private static DecisionRecord Draft()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0031-27", "Custody suite refurbishment", "author", Now);
        record.UpdateDetails(record.Title, new DateOnly(2027, 3, 1), null, ["Chief Executive"], null);
        record.UpdateSection(RecordSection.SummaryOfIssue, "The custody suite needs work.");
        record.UpdateSection(RecordSection.Recommendations, "Approve the refurbishment.");
        return record;
    }

    private static Signature Sign(DecisionRecord record, SignOffStep step, DateTimeOffset at) =>
        Signature.Electronic(Guid.NewGuid(), record.Id, step, step.ToString(), step.ToString(), "Title", at, CanonicalContent.Hash(record), SignatureConfirmation.Password);

    private static DecisionRecord AwaitingDecision(KeyDecisionNotice notice, string? reason)
    {
        var record = Draft();
        record.SetNotice(true, reason is null ? null : NoticeException.SpecialUrgency, reason);
        record.Submit(Now, notice);
        record.SignAdvice(Sign(record, SignOffStep.Advice, Now));
        record.Determine(new Determination { PublishRecord = true, PublishReport = true, PublishDetails = true, Legislation = [] }, new Dictionary<Guid, string>(), Sign(record, SignOffStep.Determination, Now));
        return record;
    }

    [Theory]
    [InlineData(2027, 3, 30, 28, true)]
    [InlineData(2027, 3, 29, 27, false)]
    [InlineData(2027, 3, 2, 0, false)]
    [InlineData(2027, 3, 1, 0, false)]
    public void ClearDays_CountNeitherThePublicationDayNorTheDecisionDay(int year, int month, int day, int clearDays, bool given)
    {
        var notice = new KeyDecisionNotice(true, "Its value is at the threshold", new DateOnly(2027, 3, 1));

        Assert.Equal(clearDays, notice.ClearDaysBefore(new DateOnly(year, month, day)));
        Assert.Equal(given, notice.IsGivenBy(new DateOnly(year, month, day)));
        Assert.Equal(new DateOnly(2027, 3, 30), notice.FullNoticeFrom);
    }

    [Fact]
    public void AKeyDecisionWithoutFullNotice_IsRefusedAtSubmission_UntilTheRecordGivesItsReason()
    {
        var record = Draft();
        record.SetNotice(true, null, null);
        var onPlanTenDaysAgo = new KeyDecisionNotice(false, null, new DateOnly(2027, 3, 10));

        var refused = Assert.Throws<DomainException>(() => record.Submit(Now, onPlanTenDaysAgo));
        Assert.Contains("has been on the forward plan for 9 clear days", refused.Message);
        Assert.Equal(DecisionStatus.Draft, record.Status);

        record.SetNotice(true, NoticeException.SpecialUrgency, "The contractor's price holds only until the end of March.");
        record.Submit(Now, onPlanTenDaysAgo);
        Assert.Equal(DecisionStatus.AwaitingAdvice, record.Status);
    }

    [Fact]
    public void AKeyDecisionByItsPlanItemOrValue_NeedsTheReason_WhateverTheRecordAnswers()
    {
        var record = Draft();
        record.SetNotice(false, null, null);

        Assert.NotNull(record.NoticeProblem(new KeyDecisionNotice(true, "Its value is at the threshold", null), new DateOnly(2027, 3, 20)));
        Assert.Null(record.NoticeProblem(KeyDecisionNotice.None, new DateOnly(2027, 3, 20)));
        Assert.Contains("is not on the forward plan", record.NoticeProblem(new KeyDecisionNotice(true, "Its value is at the threshold", null), new DateOnly(2027, 3, 20)));
    }

    [Fact]
    public void TheCommissionersSignature_IsRefused_WhereTheReasonIsMissingAtTheDayOfSigning()
    {
        var record = Draft();
        record.SetNotice(true, null, null);
        var longPlanned = new KeyDecisionNotice(false, null, new DateOnly(2027, 1, 1));
        record.Submit(Now, longPlanned);

        // Submitted with full notice; the decision is still measured by the day the Commissioner signs.
        Assert.Null(record.NoticeProblem(longPlanned, new DateOnly(2027, 3, 20)));
        var replanned = new KeyDecisionNotice(false, null, new DateOnly(2027, 3, 15));
        Assert.NotNull(record.NoticeProblem(replanned, new DateOnly(2027, 3, 20)));
    }

    [Fact]
    public void Decide_RefusesAKeyDecisionWithoutItsReason_AndTakesOneThatGivesIt()
    {
        var notice = new KeyDecisionNotice(true, "Its value is at the threshold", new DateOnly(2027, 3, 10));
        var unexplained = AwaitingDecision(new KeyDecisionNotice(false, null, new DateOnly(2027, 1, 1)), reason: null);

        var refused = Assert.Throws<DomainException>(() => unexplained.Decide(DecisionOutcome.Supported, null, new DateOnly(2027, 3, 20), new DateOnly(2027, 3, 20), Sign(unexplained, SignOffStep.Decision, Now), notice));
        Assert.Contains("must give the reason for the exception or urgency", refused.Message);
        Assert.Equal(DecisionStatus.AwaitingDecision, unexplained.Status);
        Assert.Null(unexplained.ValidSignature(SignOffStep.Decision));

        var record = AwaitingDecision(notice, "The contractor's price holds only until the end of March.");
        record.Decide(DecisionOutcome.Supported, null, new DateOnly(2027, 3, 20), new DateOnly(2027, 3, 20), Sign(record, SignOffStep.Decision, Now), notice);

        Assert.Equal(DecisionStatus.Decided, record.Status);
    }

    [Fact]
    public void SetNotice_RefusesAReasonWithoutItsKind_AndAKindWithoutItsReason_AndAnyChangeAfterTheFirstSignature()
    {
        var record = Draft();

        Assert.Throws<DomainException>(() => record.SetNotice(true, NoticeException.GeneralException, " "));
        Assert.Throws<DomainException>(() => record.SetNotice(true, null, "It cannot wait."));
        Assert.Throws<DomainException>(() => record.SetNotice(true, NoticeException.GeneralException, new string('x', DecisionRecord.NoticeReasonMaxLength + 1)));

        record.SetNotice(true, NoticeException.GeneralException, "It cannot wait.");
        record.Submit(Now, KeyDecisionNotice.None);
        record.SignAdvice(Sign(record, SignOffStep.Advice, Now));

        Assert.Throws<DomainException>(() => record.SetNotice(false, null, null));
    }

    [Fact]
    public void TheContentHash_OfARecordThatSaysNothingOfNotice_IsAsBefore_AndBindsTheNoticeOnceItIsSaid()
    {
        var record = Draft();
        var before = CanonicalContent.Json(record);

        record.SetNotice(null, null, null);
        Assert.Equal(before, CanonicalContent.Json(record));
        Assert.DoesNotContain("Notice", before);

        record.SetNotice(true, NoticeException.SpecialUrgency, "It cannot wait.");
        Assert.Contains("\"NoticeReason\":\"It cannot wait.\"", CanonicalContent.Json(record));
        Assert.NotEqual(CanonicalContent.Hash(record), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(before))));
    }
}
