namespace DecisionRecords.Web.Domain;

public class DecisionRecord
{
    public const int TitleMaxLength = 250;
    public const int RichTextMaxLength = 50_000;
    public const int OfficerNameMaxLength = 100;
    public const int MaxOfficers = 30;
    public const int CategoryMaxLength = 100;
    public const int ReferenceMarkerMaxLength = 50;
    public const int NoticeReasonMaxLength = 2_000;

    private DecisionRecord()
    {
    }

    public DecisionRecord(Guid id, string reference, string title, string createdByUserId, DateTimeOffset now)
    {
        Id = id;
        SetReference(reference);
        Title = title;
        CreatedByUserId = createdByUserId;
        UpdatedByUserId = createdByUserId;
        CreatedAt = now;
        UpdatedAt = now;
        Status = DecisionStatus.Draft;
    }

    public Guid Id { get; private set; }

    public RecordOrigin Origin { get; private set; }

    /// <summary>As written, including legacy forms such as "EXE0003/20".</summary>
    public string Reference { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The "Date:" at the top of the record.</summary>
    public DateOnly? RecordDate { get; private set; }

    public DateOnly? ReceivedDate { get; private set; }

    public List<string> OfficersPresent { get; private set; } = [];

    public string? Category { get; private set; }

    public string SummaryOfIssue { get; private set; } = "";

    public string Recommendations { get; private set; } = "";

    public string KeyDiscussionPoints { get; private set; } = "";

    /// <summary>The value of the decision as the record states it ("approximately £140,705.06 was saved"), where it does.</summary>
    public StatedFigure? StatedValue { get; private set; }

    /// <summary>A total of the funding that an imported record's text states ("totals £4,385,961"), kept beside the computed one.</summary>
    public StatedFigure? StatedTotal { get; private set; }

    /// <summary>For an imported record, the day the office first published it, where that is known.</summary>
    public DateOnly? OriginalPublishedOn { get; private set; }

    /// <summary>For an imported record, the SHA-256 of the document it was read from: the same document again changes nothing.</summary>
    public string? ImportedFromHash { get; private set; }

    public List<RecordNote> Notes { get; private set; } = [];

    public DecisionStatus Status { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedByUserId { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token for the whole record, its tables and attachments.</summary>
    public int Version { get; private set; }

    public List<FundingTable> FundingTables { get; private set; } = [];

    /// <summary>What the original writes beside its reference, such as "(Revised)", kept as written.</summary>
    public string? ReferenceMarker { get; private set; }

    /// <summary>Earlier records this one replaces, varies, amends or revokes.</summary>
    public List<RecordRelation> Relations { get; private set; } = [];

    /// <summary>The author's answer to "Is this a key decision?"; null where the record does not say.</summary>
    public bool? KeyDecision { get; private set; }

    /// <summary>Why a key decision is taken without 28 clear days' notice on the forward plan; null where it is not.</summary>
    public NoticeException? NoticeException { get; private set; }

    /// <summary>The reason for the exception or urgency, in the author's words: signed content, shown to the public.</summary>
    public string? NoticeReason { get; private set; }

    public List<Attachment> Attachments { get; private set; } = [];

    public List<Signature> Signatures { get; private set; } = [];

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Determination? Determination { get; private set; }

    public DecisionOutcome? Outcome { get; private set; }

    public string? DecisionComments { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    /// <summary>The day the decided record is to be published; today or earlier means at once.</summary>
    public DateOnly? PublishOn { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? WithheldAt { get; private set; }

    /// <summary>Why the record was last returned to its author, and by whom.</summary>
    public string? ReturnComment { get; private set; }

    public string? ReturnedBy { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? WithdrawnReason { get; private set; }

    /// <summary>While a published record is being amended: the public note that will go with the amended version.</summary>
    public string? PendingChangeNote { get; private set; }

    /// <summary>Why a published record was taken down; shown to the public in its place.</summary>
    public string? UnpublishedExplanation { get; private set; }

    /// <summary>The SHA-256 of the record's content as it is now: what a signature made now would vouch for.</summary>
    public string ContentHash() => CanonicalContent.Hash(this);

    /// <summary>
    /// Refuses to go on with a record whose content is not exactly what each valid signature made in this service
    /// signed: nothing is signed further or published on the strength of a signature over other content.
    /// </summary>
    public void EnsureSignaturesBindContent()
    {
        var signed = Signatures.Where(s => !s.IsVoid && s.ContentHash is not null).ToList();
        if (signed.Count == 0)
        {
            return;
        }

        var current = ContentHash();
        if (signed.FirstOrDefault(s => s.ContentHash != current) is { } stale)
        {
            throw new DomainException(
                $"The content of {Reference} is not what {stale.SignerName ?? "the signer"} ({stale.SignerJobTitle}) signed: it cannot be signed further or published. Return it to its author, who can make the change and submit it again for every signature.");
        }
    }

    public IEnumerable<Signature> ValidSignatures => Signatures.Where(s => !s.IsVoid).OrderBy(s => s.Step);

    public Signature? ValidSignature(SignOffStep step) => Signatures.FirstOrDefault(s => s.Step == step && !s.IsVoid);

    /// <summary>The step waiting for a signature, or null when none is.</summary>
    public SignOffStep? CurrentStep => Status switch
    {
        DecisionStatus.AwaitingAdvice => SignOffStep.Advice,
        DecisionStatus.AwaitingDetermination => SignOffStep.Determination,
        DecisionStatus.AwaitingDecision => SignOffStep.Decision,
        _ => null,
    };

    public bool IsInSignOff => CurrentStep is not null;

    public bool IsEditable => Status == DecisionStatus.Draft;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()} and cannot be edited.");
        }
    }

    public void UpdateDetails(string title, DateOnly? recordDate, DateOnly? receivedDate, IEnumerable<string> officersPresent, string? category)
    {
        EnsureEditable();
        Title = title.Trim();
        RecordDate = recordDate;
        ReceivedDate = receivedDate;
        OfficersPresent = officersPresent.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        Category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
    }

    /// <summary>
    /// Files an imported record under a category, which the original never gives. Only an imported record: a record
    /// signed here is categorised while drafted, and its signatures cover what it says.
    /// </summary>
    public void SetImportedCategory(string? category)
    {
        if (Origin != RecordOrigin.Imported || Status is not (DecisionStatus.Published or DecisionStatus.AwaitingReview))
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()}: only an imported record in the register or awaiting review is categorised this way; a draft's category is one of its details.");
        }

        Category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
    }

    public void UpdateSection(RecordSection section, string text)
    {
        EnsureEditable();
        var value = text.Trim();
        switch (section)
        {
            case RecordSection.SummaryOfIssue:
                SummaryOfIssue = value;
                break;
            case RecordSection.Recommendations:
                Recommendations = value;
                break;
            case RecordSection.KeyDiscussionPoints:
                KeyDiscussionPoints = value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(section));
        }
    }

    public string GetSection(RecordSection section) => section switch
    {
        RecordSection.SummaryOfIssue => SummaryOfIssue,
        RecordSection.Recommendations => Recommendations,
        RecordSection.KeyDiscussionPoints => KeyDiscussionPoints,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>Says which earlier records this one replaces, varies, amends or revokes, and the marker beside its reference.</summary>
    public void SetRelations(IEnumerable<RecordRelation> relations, string? referenceMarker)
    {
        EnsureEditable();
        var list = relations
            .Select(r => r with { Reference = r.Reference.Trim(), Written = r.Written is { Length: > RecordRelation.WrittenMaxLength } w ? w[..RecordRelation.WrittenMaxLength] : r.Written })
            .DistinctBy(r => (r.Kind, DecisionReference.ToSlug(r.Reference)))
            .ToList();
        if (list.Count > RecordRelation.MaxRelations)
        {
            throw new DomainException($"A record can name at most {RecordRelation.MaxRelations} earlier records.");
        }

        if (list.Any(r => r.Reference.Length == 0 || r.Reference.Length > DecisionReference.MaxLength))
        {
            throw new DomainException("Each earlier record needs its reference.");
        }

        if (list.Any(r => DecisionReference.ToSlug(r.Reference) == DecisionReference.ToSlug(Reference)))
        {
            throw new DomainException("A record cannot replace or vary itself.");
        }

        Relations = list;
        ReferenceMarker = string.IsNullOrWhiteSpace(referenceMarker) ? null : referenceMarker.Trim() is { Length: > ReferenceMarkerMaxLength } m ? m[..ReferenceMarkerMaxLength] : referenceMarker.Trim();
    }

    /// <summary>Says whether this is a key decision and, where it is taken without full notice, the exception or urgency and its reason.</summary>
    public void SetNotice(bool? keyDecision, NoticeException? exception, string? reason)
    {
        EnsureEditable();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (exception is not null && reason is null)
        {
            throw new DomainException("Give the reason for taking the decision without 28 clear days' notice.");
        }

        if (exception is null && reason is not null)
        {
            throw new DomainException("Say whether it is a general exception or special urgency.");
        }

        if (reason is { Length: > NoticeReasonMaxLength })
        {
            throw new DomainException($"The reason must be {NoticeReasonMaxLength} characters or fewer.");
        }

        KeyDecision = keyDecision;
        NoticeException = exception;
        NoticeReason = reason;
    }

    /// <summary>Whether the record is a key decision: by its own answer, or by its plan item or value (<paramref name="notice"/>).</summary>
    public bool IsKeyDecision(KeyDecisionNotice notice) => KeyDecision == true || notice.IsKey;

    /// <summary>
    /// Why a key decision taken on <paramref name="date"/> may not go on: it has less than 28 clear days' notice on the
    /// forward plan (or is on no plan) and does not give the reason for the exception or urgency. Null when it may.
    /// </summary>
    public string? NoticeProblem(KeyDecisionNotice notice, DateOnly date)
    {
        if (!IsKeyDecision(notice) || notice.IsGivenBy(date) || NoticeReason is not null)
        {
            return null;
        }

        var given = notice.ClearDaysBefore(date) is { } days
            ? $"has been on the forward plan for {days} clear day{(days == 1 ? "" : "s")}"
            : "is not on the forward plan";
        return $"{Reference} is a key decision and {given}, less than {KeyDecisionNotice.ClearDaysRequired} clear days' notice. " +
            "The record must give the reason for the exception or urgency: return it to its author to add the reason";
    }

    private void EnsureNoticeReason(KeyDecisionNotice notice, DateOnly date)
    {
        if (NoticeProblem(notice, date) is { } problem)
        {
            throw new DomainException(problem + ".");
        }
    }

    public void SetStatedValue(StatedFigure? value)
    {
        EnsureEditable();
        StatedValue = value;
    }

    public FundingTable AddFundingTable(Guid id, FundingTableEdit edit)
    {
        EnsureEditable();
        var table = new FundingTable(id, Id, edit.Caption, FundingTables.Count == 0 ? 0 : FundingTables.Max(t => t.Position) + 1);
        table.Replace(edit);
        FundingTables.Add(table);
        return table;
    }

    public FundingTable ReplaceFundingTable(Guid tableId, FundingTableEdit edit)
    {
        EnsureEditable();
        var table = FundingTables.SingleOrDefault(t => t.Id == tableId)
            ?? throw new DomainException("That funding table is not part of this record.");
        table.Replace(edit);
        return table;
    }

    public void RemoveFundingTable(Guid tableId)
    {
        EnsureEditable();
        var table = FundingTables.SingleOrDefault(t => t.Id == tableId)
            ?? throw new DomainException("That funding table is not part of this record.");
        FundingTables.Remove(table);
    }

    public void MoveFundingTable(Guid tableId, int offset)
    {
        EnsureEditable();
        var ordered = FundingTables.OrderBy(t => t.Position).ToList();
        var index = ordered.FindIndex(t => t.Id == tableId);
        if (index < 0)
        {
            throw new DomainException("That funding table is not part of this record.");
        }

        var target = index + offset;
        if (target < 0 || target >= ordered.Count)
        {
            throw new DomainException("That funding table cannot move further.");
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
    }

    public void AddAttachment(Attachment attachment)
    {
        EnsureEditable();
        if (attachment.DecisionRecordId != Id)
        {
            throw new DomainException("That document belongs to another record.");
        }

        Attachments.Add(attachment);
    }

    public Attachment RemoveAttachment(Guid attachmentId)
    {
        EnsureEditable();
        var attachment = Attachments.SingleOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainException("That attachment is not part of this record.");
        Attachments.Remove(attachment);
        return attachment;
    }

    public void Touch(string userId, DateTimeOffset now)
    {
        UpdatedByUserId = userId;
        UpdatedAt = now;
        Version++;
    }

    public void EnsureDeletable()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new DomainException($"Only a draft can be deleted; {Reference} is {Status.DisplayName().ToLowerInvariant()}.");
        }

        if (SubmittedAt is not null || Signatures.Count > 0)
        {
            throw new DomainException($"{Reference} has been through sign-off, so its history is kept: withdraw it instead of deleting it.");
        }
    }

    /// <summary>What is still needed before the record can go for sign-off; empty when it is complete.</summary>
    public IReadOnlyList<MissingItem> MissingForSubmission()
    {
        var missing = new List<MissingItem>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            missing.Add(new MissingItem(nameof(Title), "Enter a title"));
        }

        if (RecordDate is null)
        {
            missing.Add(new MissingItem(nameof(RecordDate), "Enter the date of the record"));
        }

        if (string.IsNullOrWhiteSpace(SummaryOfIssue))
        {
            missing.Add(new MissingItem(nameof(SummaryOfIssue), "Enter the summary of issue"));
        }

        if (string.IsNullOrWhiteSpace(Recommendations))
        {
            missing.Add(new MissingItem(nameof(Recommendations), "Enter the recommendations presented"));
        }

        return missing;
    }

    /// <param name="notice">The record's plan item and value: a key decision without full notice by <paramref name="now"/> must give its reason before sign-off.</param>
    public void Submit(DateTimeOffset now, KeyDecisionNotice notice)
    {
        Require(DecisionStatus.Draft, "submitted for sign-off");
        var missing = MissingForSubmission();
        if (missing.Count > 0)
        {
            throw new DomainException($"Record {Reference} is not complete: {string.Join("; ", missing)}.");
        }

        EnsureNoticeReason(notice, Services.UkTime.DateOf(now));

        SubmittedAt = now;
        ReturnComment = null;
        ReturnedBy = null;
        ReturnedAt = null;
        Status = DecisionStatus.AwaitingAdvice;
    }

    public void SignAdvice(Signature signature)
    {
        Require(DecisionStatus.AwaitingAdvice, "signed by the Chief Executive or Chief Finance Officer");
        AddSignature(signature, SignOffStep.Advice);
        Status = DecisionStatus.AwaitingDetermination;
    }

    /// <param name="exemptions">Funding tables, lines or attachments to leave out of the published record, by id, with the reason.</param>
    public void Determine(Determination determination, IReadOnlyDictionary<Guid, string> exemptions, Signature signature)
    {
        Require(DecisionStatus.AwaitingDetermination, "given the Monitoring Officer's determination");
        if (!determination.IsComplete)
        {
            throw new DomainException("Answer each question of the determination.");
        }

        if (!determination.PublishesEverything && string.IsNullOrWhiteSpace(determination.Reasons))
        {
            throw new DomainException("Give the reasons for non-publication.");
        }

        var lines = FundingTables.SelectMany(t => t.Lines).ToDictionary(l => l.Id);
        var tables = FundingTables.ToDictionary(t => t.Id);
        var attachments = Attachments.ToDictionary(a => a.Id);
        foreach (var (id, reason) in exemptions)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainException("Give the reason for each exemption.");
            }

            if (lines.TryGetValue(id, out var line))
            {
                line.ExemptReason = reason.Trim();
            }
            else if (tables.TryGetValue(id, out var table))
            {
                table.ExemptReason = reason.Trim();
            }
            else if (attachments.TryGetValue(id, out var attachment))
            {
                attachment.MarkExempt(reason.Trim());
            }
            else
            {
                throw new DomainException("An exemption names something that is not part of this record.");
            }
        }

        AddSignature(signature, SignOffStep.Determination);
        Determination = determination;
        Status = DecisionStatus.AwaitingDecision;
    }

    /// <summary>What the Monitoring Officer exempted from publication: the reason by the id of each funding table, line or document.</summary>
    public Dictionary<Guid, string> Exemptions()
    {
        var exemptions = FundingTables.SelectMany(t => t.Exemptions()).ToDictionary();
        foreach (var attachment in Attachments.Where(a => a.ExemptReason is not null))
        {
            exemptions[attachment.Id] = attachment.ExemptReason!;
        }

        return exemptions;
    }

    /// <param name="notice">The record's plan item and value: a key decision signed without full notice must give its reason.</param>
    public void Decide(DecisionOutcome outcome, string? comments, DateOnly decisionDate, DateOnly publishOn, Signature signature, KeyDecisionNotice notice)
    {
        Require(DecisionStatus.AwaitingDecision, "decided by the Commissioner");
        EnsureNoticeReason(notice, signature.Date ?? decisionDate);
        AddSignature(signature, SignOffStep.Decision);
        Outcome = outcome;
        DecisionComments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        DecisionDate = decisionDate;
        PublishOn = publishOn;
        Status = DecisionStatus.Decided;
    }

    /// <summary>
    /// Completes a legacy record brought in by the importer: the paper sign-offs, the determination and the decision,
    /// and the state it is in the public archive (published, or withheld when the determination says so).
    /// </summary>
    /// <param name="holdForReview">Hold the record until an officer has checked what was inferred, rather than take it straight into the public archive.</param>
    /// <param name="decisionComments">What the Commissioner wrote with the decision on the original, as written.</param>
    public void RecordImportedSignOff(IReadOnlyList<Signature> signatures, Determination determination, DecisionOutcome outcome, DateOnly? decisionDate, DateTimeOffset now, bool holdForReview = false, string? decisionComments = null)
    {
        Require(DecisionStatus.Draft, "imported");
        if (Origin != RecordOrigin.Imported)
        {
            throw new DomainException($"{Reference} was drafted here: its sign-off is made here, not imported.");
        }

        if (Signatures.Any(s => !s.IsVoid || !s.IsImported) || signatures.Any(s => !s.IsImported))
        {
            throw new DomainException($"{Reference} already has signatures; only a new record can be imported.");
        }

        Signatures.AddRange(signatures);
        Determination = determination;
        Outcome = outcome;
        DecisionComments = string.IsNullOrWhiteSpace(decisionComments) ? null : decisionComments.Trim();
        DecisionDate = decisionDate;
        PublishOn = decisionDate;
        SubmittedAt = now;

        if (holdForReview)
        {
            Status = DecisionStatus.AwaitingReview;
            return;
        }

        ReleaseImported(now);
    }

    /// <summary>An imported record an officer has reviewed goes into the public archive as the office had it.</summary>
    public void PublishReviewed(DateTimeOffset now)
    {
        Require(DecisionStatus.AwaitingReview, "published after review");
        ReleaseImported(now);
    }

    private void ReleaseImported(DateTimeOffset now)
    {
        // A record the office put in its public archive was published, even where the answer is left blank.
        if (Determination!.PublishRecord != false)
        {
            PublishedAt = now;
            Status = DecisionStatus.Published;
        }
        else
        {
            WithheldAt = now;
            Status = DecisionStatus.Withheld;
        }
    }

    /// <summary>Whether the decided record is due for publication, or to be recorded as withheld, on <paramref name="today"/>.</summary>
    public bool IsDueForRelease(DateOnly today) => Status == DecisionStatus.Decided && PublishOn <= today;

    public void Publish(DateTimeOffset now)
    {
        Require(DecisionStatus.Decided, "published");
        if (Determination?.PublishRecord != true)
        {
            throw new DomainException($"The Monitoring Officer determined that {Reference} is not to be published.");
        }

        EnsureSignaturesBindContent();

        PublishedAt = now;
        Status = DecisionStatus.Published;
    }

    public void Withhold(DateTimeOffset now)
    {
        Require(DecisionStatus.Decided, "recorded as withheld");
        if (Determination?.PublishRecord != false)
        {
            throw new DomainException($"{Reference} is to be published, not withheld.");
        }

        WithheldAt = now;
        Status = DecisionStatus.Withheld;
    }

    /// <summary>
    /// Opens a published record for amendment: it becomes a draft again and goes through sign-off again, its earlier
    /// signatures void, while the public keeps reading the version already published until the amendment is.
    /// </summary>
    public void ReopenForAmendment(string changeNote, string reopenedBy, DateTimeOffset now)
    {
        Require(DecisionStatus.Published, "amended");
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            throw new DomainException("Write the public note that says what the amendment changes.");
        }

        foreach (var signature in Signatures.Where(s => !s.IsVoid))
        {
            signature.Void(now, $"Reopened for amendment by {reopenedBy}: {changeNote.Trim()}");
        }

        ResetDetermination();
        Outcome = null;
        DecisionComments = null;
        DecisionDate = null;
        PublishOn = null;
        SubmittedAt = null;
        PendingChangeNote = changeNote.Trim();
        Status = DecisionStatus.Draft;
    }

    /// <summary>The change note for the version being published now, which is then spent.</summary>
    public string? TakeChangeNote()
    {
        var note = PendingChangeNote;
        PendingChangeNote = null;
        return note;
    }

    public void Unpublish(string explanation, DateTimeOffset now)
    {
        Require(DecisionStatus.Published, "unpublished");
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new DomainException("Write the public explanation of why the record is taken down.");
        }

        UnpublishedExplanation = explanation.Trim();
        WithheldAt = now;
        Status = DecisionStatus.Unpublished;
    }

    /// <summary>Sends the record back to its author: every signature on it becomes void, and it is a draft again.</summary>
    public void Return(string comment, string returnedBy, DateTimeOffset now)
    {
        if (!IsInSignOff)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()} and cannot be returned.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Say why the record is being returned.");
        }

        foreach (var signature in Signatures.Where(s => !s.IsVoid))
        {
            signature.Void(now, $"Returned to the author by {returnedBy}: {comment.Trim()}");
        }

        ResetDetermination();
        ReturnComment = comment.Trim();
        ReturnedBy = returnedBy;
        ReturnedAt = now;
        Status = DecisionStatus.Draft;
    }

    public void Withdraw(string reason, DateTimeOffset now)
    {
        if (Status != DecisionStatus.Draft && !IsInSignOff)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()} and can no longer be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the record is being withdrawn.");
        }

        foreach (var signature in Signatures.Where(s => !s.IsVoid))
        {
            signature.Void(now, $"Withdrawn: {reason.Trim()}");
        }

        WithdrawnReason = reason.Trim();
        Status = DecisionStatus.Withdrawn;
    }

    /// <summary>
    /// Brings in a record from the archive: what it says, the notes on where it differs from itself or what had to be
    /// inferred, and its stated figures. Its paper sign-offs follow with <see cref="RecordImportedSignOff"/>.
    /// </summary>
    public void RecordImportedContent(StatedFigure? statedValue, StatedFigure? statedTotal, DateOnly? originalPublishedOn, IEnumerable<(NoteKind Kind, string Text, string? Concerns)> notes, string? sourceHash = null)
    {
        Require(DecisionStatus.Draft, "imported");
        if (SubmittedAt is not null || Signatures.Any(s => !s.IsVoid || !s.IsImported))
        {
            throw new DomainException($"{Reference} has been through sign-off; only a new record can be imported.");
        }

        Origin = RecordOrigin.Imported;
        ImportedFromHash = sourceHash;
        StatedValue = statedValue;
        StatedTotal = statedTotal;
        OriginalPublishedOn = originalPublishedOn;
        Notes.Clear();
        foreach (var (kind, text, concerns) in notes)
        {
            Notes.Add(new RecordNote(Guid.NewGuid(), Id, Notes.Count, kind, text, concerns));
        }
    }

    /// <summary>
    /// Whether a new document from the archive may take this record's place: only a record that came from the archive
    /// and was never signed in this service. What was signed here binds what it says.
    /// </summary>
    public string? WhyNotReplaceableFromArchive() =>
        Origin != RecordOrigin.Imported ? $"{Reference} was drafted and signed in this register: an archive document cannot replace it"
        : Signatures.Any(s => !s.IsImported) ? $"{Reference} has been signed in this register since it was imported: an archive document cannot replace it"
        : Status is not (DecisionStatus.Published or DecisionStatus.Withheld or DecisionStatus.AwaitingReview) ? $"{Reference} is {Status.DisplayName().ToLowerInvariant()}: only a record in the register or awaiting review is replaced from the archive"
        : null;

    /// <summary>
    /// Opens an imported record to be read again from a corrected archive document: its paper signatures are void, its
    /// content is cleared for the importer to fill, and the next public version carries <paramref name="changeNote"/>.
    /// Its published versions and sealed copies stay as they are.
    /// </summary>
    public void BeginArchiveReplacement(string reference, string changeNote, DateTimeOffset now)
    {
        if (WhyNotReplaceableFromArchive() is { } refusal)
        {
            throw new DomainException(refusal + ".");
        }

        if (DecisionReference.ToSlug(reference.Trim()) != Slug)
        {
            throw new DomainException($"{reference} is not {Reference}.");
        }

        foreach (var signature in Signatures.Where(s => !s.IsVoid))
        {
            signature.Void(now, $"Replaced from the archive: {changeNote}");
        }

        SetReference(reference);
        ResetDetermination();
        FundingTables.Clear();
        Relations = [];
        ReferenceMarker = null;
        StatedValue = null;
        StatedTotal = null;
        Outcome = null;
        DecisionComments = null;
        DecisionDate = null;
        PublishOn = null;
        SubmittedAt = null;
        PendingChangeNote = changeNote;
        Status = DecisionStatus.Draft;
    }

    /// <summary>The Monitoring Officer's public explanation of a note; blank removes it.</summary>
    public RecordNote ExplainNote(Guid noteId, string? explanation, string explainedBy, DateTimeOffset now)
    {
        var note = Notes.SingleOrDefault(n => n.Id == noteId) ?? throw new DomainException("That note is not on this record.");
        if (Status is DecisionStatus.Withdrawn or DecisionStatus.Unpublished)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()}: its notes can no longer be explained.");
        }

        note.Explain(explanation, explainedBy, now);
        return note;
    }

    /// <summary>
    /// Clears the determination and everything it decided (table, line and document exemptions), so a record on its
    /// way back to draft carries nothing of the last round into the next one.
    /// </summary>
    private void ResetDetermination()
    {
        Determination = null;
        foreach (var table in FundingTables)
        {
            table.ExemptReason = null;
            table.Lines.ForEach(l => l.ExemptReason = null);
        }

        Attachments.ForEach(a => a.ClearExemption());
    }

    private void AddSignature(Signature signature, SignOffStep step)
    {
        if (signature.Step != step || signature.DecisionRecordId != Id)
        {
            throw new DomainException($"That signature is not for the {step.DisplayName()} step of {Reference}.");
        }

        if (ValidSignature(step) is not null)
        {
            throw new DomainException($"The {step.DisplayName()} step of {Reference} is already signed.");
        }

        EnsureSignaturesBindContent();
        if (signature.ContentHash is not null && signature.ContentHash != ContentHash())
        {
            throw new DomainException($"That signature is over other content than {Reference} holds now.");
        }

        Signatures.Add(signature);
    }

    private void Require(DecisionStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()} and cannot be {action}.");
        }
    }

    private void SetReference(string reference)
    {
        Reference = reference.Trim();
        Slug = DecisionReference.ToSlug(Reference);
    }
}
