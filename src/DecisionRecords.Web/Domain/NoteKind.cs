namespace DecisionRecords.Web.Domain;

public enum NoteKind
{
    /// <summary>A total written on the record differs from what its figures add to.</summary>
    Arithmetic,

    /// <summary>An amount written in a form that had to be corrected to be read ("£148,000,00").</summary>
    AmountAsWritten,

    /// <summary>Signatures dated out of the order of the sequence.</summary>
    DatesOutOfOrder,

    /// <summary>A signatory's name is not written on the record.</summary>
    NameNotWritten,

    /// <summary>A question of the determination is left unanswered on the record.</summary>
    AnswerNotRecorded,

    /// <summary>Something the layout asks for is missing from the record.</summary>
    Missing,

    /// <summary>Something the register worked out that the record does not say, and the rule it used.</summary>
    Inference,

    /// <summary>Text the importer could not place in the layout, kept as written.</summary>
    NotUnderstood,
}
