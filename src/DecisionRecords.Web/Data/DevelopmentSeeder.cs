using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Data;

/// <summary>Demo users (one per role) and demo data for a new Development database. Never runs in Production.</summary>
public class DevelopmentSeeder(
    DecisionRecordsDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    TimeProvider time,
    LegacyImporter importer,
    ILogger<DevelopmentSeeder> logger)
{
    public static readonly IReadOnlyList<(string Email, string Name, string JobTitle, string Role)> DemoUsers =
    [
        ("author@example.org", "Sam Patel", "Policy Officer", Roles.Author),
        ("chief.executive@example.org", "Chris Morgan", "Chief Executive", Roles.ChiefExecutive),
        ("cfo@example.org", "Jordan Lee", "Chief Finance Officer", Roles.ChiefFinanceOfficer),
        ("monitoring.officer@example.org", "Priya Shah", "Monitoring Officer", Roles.MonitoringOfficer),
        ("commissioner@example.org", "Morgan Reid", "Police and Crime Commissioner", Roles.Commissioner),
        ("admin@example.org", "Alex Kim", "Systems Administrator", Roles.Administrator),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync(roles);
        var password = configuration["Demo:Password"] ?? "Demo-Password-2026";
        foreach (var (email, name, jobTitle, role) in DemoUsers)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, JobTitle = jobTitle };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
        }

        if (!await db.OfficeHolders.AnyAsync(cancellationToken))
        {
            db.OfficeHolders.AddRange(
                new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Lord Bach", "Police and Crime Commissioner", new DateOnly(2016, 5, 12), new DateOnly(2021, 5, 12)),
                new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Rupert Matthews", "Police and Crime Commissioner", new DateOnly(2021, 5, 13), null));
        }

        var isNew = !await db.DecisionRecords.AnyAsync(cancellationToken);
        if (isNew)
        {
            var author = await users.FindByEmailAsync(DemoUsers[0].Email);
            db.DecisionRecords.Add(DemoDraft(author!.Id));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The public records in seeds/ become the demo register; the board report among them is refused, as it should be.
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (isNew && Directory.Exists(seeds))
        {
            foreach (var file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
            {
                var outcome = await importer.ImportAsync(Services.Changes.ActingContext.System(time.GetUtcNow(), "development seed"), Path.GetFileName(file), await File.ReadAllBytesAsync(file, cancellationToken), new ImportOptions(), cancellationToken);
                logger.LogInformation("Demo data: {Outcome}", outcome.Line);
            }
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private DecisionRecord DemoDraft(string authorId)
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0900-24", "Community Safety Partnership 2023-24 Underspend (demo draft)", authorId, time.GetUtcNow());
        record.UpdateDetails(record.Title, new DateOnly(2024, 7, 9), null, ["Sajan Devshi"], null);
        record.UpdateSection(RecordSection.SummaryOfIssue,
            "At the end of the 2023-24 financial year, approximately £140,705.06 was saved from the 2023-24 Community Safety Partnership LLR wide budget.\n\nThis decision record is to explore how this money is to be used in the following 2024-25 financial year.");
        record.UpdateSection(RecordSection.Recommendations, "The remaining £97,905 will be split across CSPs as follows.");
        string[][] lines =
        [
            ["CSP 1 Leicester", "41,602.98"], ["CSP 2 Charnwood", "13,702.99"], ["CSP 3 Blaby", "8,060.72"],
            ["CSP 4 Hinckley & Bosworth", "7,839.07"], ["CSP 5 SNWL", "8,230.66"], ["CSP 6 Harborough", "5,736.44"],
            ["CSP 7 Oadby & Wigston", "4,982.62"], ["CSP 8 Melton", "4,796.07"], ["CSP 9 Rutland", "2,953.46"],
        ];
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("CSP allocations", TableRole.Commitment, ["Community Safety Partnership"], ["2024/25"], ["Allocation"], 1,
            lines.Select(l => new FundingLineInput(null, [l[0]], [("2024/25", Money.TryParsePence(l[1], out var p) ? p : 0)])).ToList()));
        return record;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
