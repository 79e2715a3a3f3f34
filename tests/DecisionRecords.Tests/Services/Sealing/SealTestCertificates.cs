using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DecisionRecords.Tests.Services.Sealing;

/// <summary>Certificates made for a test, as an office would be given one: a PFX file with a password.</summary>
public static class SealTestCertificates
{
    public const string Password = "pfx-password-for-tests";

    public static string CreatePfx(string holder, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={holder}, O={holder}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        var path = Path.Combine(Path.GetTempPath(), $"seal-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    public static string Thumbprint(string pfxPath) =>
        Convert.ToHexStringLower(SHA256.HashData(X509CertificateLoader.LoadPkcs12FromFile(pfxPath, Password).RawData));
}
