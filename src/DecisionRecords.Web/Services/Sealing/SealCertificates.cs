using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// Loads the sealing certificate once, from a PFX file, the certificate store, or (Development and tests) a
/// self-signed certificate made on first run. Without one, nothing is sealed and <see cref="Problem"/> says why.
/// </summary>
public sealed class SealCertificates(IOptions<SealOptions> options, IOptions<OrganisationOptions> organisation, TimeProvider time, ILogger<SealCertificates> logger)
{
    private readonly Lazy<(SealCertificate? Certificate, string? Problem)> _loaded = new(() => Load(options.Value, organisation.Value, time, logger));

    public SealCertificate? Current => _loaded.Value.Certificate;

    /// <summary>Why there is no certificate to seal with, in words for an operator; null when there is one.</summary>
    public string? Problem => _loaded.Value.Problem ?? (Current is { } c && c.NotAfter <= time.GetUtcNow() ? $"The seal certificate expired on {UkTime.FormatDate(UkTime.DateOf(c.NotAfter))}." : null);

    /// <summary>The certificate, when it can seal now; null when missing or expired.</summary>
    public SealCertificate? Usable => Problem is null ? Current : null;

    private static (SealCertificate?, string?) Load(SealOptions options, OrganisationOptions organisation, TimeProvider time, ILogger logger)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(options.CertificatePath))
            {
                if (!File.Exists(options.CertificatePath))
                {
                    return (null, $"The seal certificate file {options.CertificatePath} (Seal:CertificatePath) does not exist.");
                }

                return Checked(X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet));
            }

            if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
            {
                using var store = new X509Store(options.StoreName, options.StoreLocation);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint.Replace(" ", "", StringComparison.Ordinal), validOnly: false);
                return found.Count == 0
                    ? (null, $"No certificate with thumbprint {options.CertificateThumbprint} (Seal:CertificateThumbprint) is in the {options.StoreLocation}/{options.StoreName} store.")
                    : Checked(found[0]);
            }

            if (options.CreateDevelopmentCertificate)
            {
                return Checked(Development(options.DevelopmentPath(), organisation, time, logger));
            }

            return (null, "No seal certificate is configured (Seal:CertificatePath or Seal:CertificateThumbprint): published PDFs cannot be sealed, so none are issued.");
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "The seal certificate could not be loaded");
            return (null, $"The seal certificate could not be loaded: {ex.Message}");
        }
    }

    private static (SealCertificate?, string?) Checked(X509Certificate2 certificate) =>
        certificate.HasPrivateKey && (certificate.GetRSAPrivateKey() is not null || certificate.GetECDsaPrivateKey() is not null)
            ? (new SealCertificate(certificate), null)
            : (null, $"The seal certificate {certificate.Subject} has no private key that can sign (RSA or ECDSA).");

    private static X509Certificate2 Development(string path, OrganisationOptions organisation, TimeProvider time, ILogger logger)
    {
        if (File.Exists(path))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet);
            if (existing.NotAfter.ToUniversalTime() > time.GetUtcNow().UtcDateTime.AddDays(1))
            {
                return existing;
            }

            File.Delete(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={organisation.OfficeName} (development seal), O={organisation.OfficeName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        var pfx = created.Export(X509ContentType.Pfx);

        // Several processes may start at once: the first file written wins, and every process reads that one.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, pfx);
        try
        {
            File.Move(temporary, path, overwrite: false);
            logger.LogInformation("Made a self-signed development seal certificate at {Path}", path);
        }
        catch (IOException)
        {
            File.Delete(temporary);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
