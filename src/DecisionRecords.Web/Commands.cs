using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Web;

/// <summary>Operator commands: <c>dotnet run --project src/DecisionRecords.Web -- &lt;command&gt;</c>.</summary>
public static class Commands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "create-admin":
                return await CreateAdminAsync(app, args[1..]);
            case "verify-audit":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
                    if (result.IsIntact)
                    {
                        Console.WriteLine($"The audit chain is intact: {result.Count} events.");
                        return 0;
                    }

                    Console.WriteLine($"The audit chain is broken at event {result.BrokenAt}: {result.Problem}.");
                    return 1;
                }

            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().MigrateAsync();
                }

                Console.WriteLine("The database is up to date.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: create-admin --email <address> [--name <name>], verify-audit, migrate.");
                return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <address> [--name <name>]; the password is read from standard input.");
            return 2;
        }

        if (!Console.IsInputRedirected)
        {
            Console.Write("Password: ");
        }

        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("Enter a password on standard input.");
            return 2;
        }

        await WebApp.InitialiseDatabaseAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var result = await service.CreateUserAsync(email, name!, "Administrator", [Roles.Administrator], password, CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 1;
        }

        Console.WriteLine($"Created administrator {email}.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
