namespace DecisionRecords.Web.Domain;

/// <summary>How the signer proved who they were when signing.</summary>
public enum SignatureConfirmation
{
    Password,
    Authenticator,

    /// <summary>Signed on paper and brought in from the archive: there was nothing to confirm here.</summary>
    Paper,
}
