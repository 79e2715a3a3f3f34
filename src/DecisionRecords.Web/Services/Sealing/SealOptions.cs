namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// Where the office's sealing certificate comes from: a PFX file (its password from a secret store, never from a file
/// in the repository), or the machine's certificate store by thumbprint. Development and the tests make a
/// self-signed one on first run, kept outside the repository.
/// </summary>
public class SealOptions
{
    public const string Section = "Seal";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The SHA-1 thumbprint the certificate store shows, for a certificate installed on the machine.</summary>
    public string? CertificateThumbprint { get; set; }

    public System.Security.Cryptography.X509Certificates.StoreLocation StoreLocation { get; set; } = System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser;

    public System.Security.Cryptography.X509Certificates.StoreName StoreName { get; set; } = System.Security.Cryptography.X509Certificates.StoreName.My;

    /// <summary>Make a self-signed certificate when none is configured: on in Development and the tests, never in Production.</summary>
    public bool CreateDevelopmentCertificate { get; set; }

    /// <summary>Where the self-signed certificate is kept; by default in the user's application data, outside the repository.</summary>
    public string? DevelopmentCertificatePath { get; set; }

    /// <summary>How long before expiry the administrators' dashboard starts warning.</summary>
    public int WarnDaysBeforeExpiry { get; set; } = 30;

    public string DevelopmentPath() => DevelopmentCertificatePath is { Length: > 0 } path
        ? path
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "DecisionRecords", "development-seal.pfx");
}
