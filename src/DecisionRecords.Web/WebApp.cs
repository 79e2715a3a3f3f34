using System.Threading.RateLimiting;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Authorization;
using Serilog;
using Serilog.Formatting.Compact;

namespace DecisionRecords.Web;

public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        // The application is this assembly even when another program hosts it (the benchmarks), so its pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        var services = builder.Services;

        services.AddSerilog(
            (sp, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (builder.Environment.IsProduction())
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}");
            }
        },
            preserveStaticLogger: true);

        services.Configure<OrganisationOptions>(builder.Configuration.GetSection(OrganisationOptions.Section));
        services.AddOptions<AccessibilityOptions>().Bind(builder.Configuration.GetSection(AccessibilityOptions.Section))
            .Validate(o => !builder.Environment.IsProduction() || o.IsComplete,
                "Set Accessibility:ContactEmail and Accessibility:StatementPreparedOn: the accessibility statement must say how to reach the office and when it was prepared.")
            .ValidateOnStart();
        services.Configure<AttachmentOptions>(builder.Configuration.GetSection(AttachmentOptions.Section));
        services.Configure<SignOffOptions>(builder.Configuration.GetSection(SignOffOptions.Section));
        services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        services.Configure<PublicSiteOptions>(builder.Configuration.GetSection(PublicSiteOptions.Section));
        services.AddPublicCache();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<Links>();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddDecisionRecordsDatabase(builder.Configuration, builder.Environment);

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = true; // through EnabledUserConfirmation: disabled accounts cannot sign in
            })
            .AddEntityFrameworkStores<DecisionRecordsDbContext>()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<EnabledUserConfirmation>()
            .AddErrorDescriber<GovukIdentityErrors>()
            .AddClaimsPrincipalFactory<ApplicationClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton<CommonPasswords>();
        services.AddScoped<SignInTiming>();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            // Sign-out, a new password, two-factor changes, role changes and disabling all change the security stamp:
            // every other session of the user ends at its next check.
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = time;
        });
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = AuthCookie.Name;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(security.IdleSessionHours);
            options.Events.OnSigningIn = AuthCookie.StampSignInTime;
            options.Events.OnValidatePrincipal = AuthCookie.ValidateAsync;
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider, Links, DatabaseTicketStore>((o, time, links, sessions) =>
            {
                o.TimeProvider = time;
                o.SessionStore = sessions;
                o.LoginPath = links.SignIn();
                o.LogoutPath = links.SignOut();
                o.AccessDeniedPath = links.AccessDenied();
            });
        // No fallback policy: it would also challenge requests that match no endpoint, turning every 404 into a
        // sign-in page. Pages are denied by the global filter; the few minimal endpoints are all public by design.
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, TwoFactorRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, SignStepAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, RecordOperationAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();
        services.AddAntiforgery(o => o.Cookie.Name = "decision-records-antiforgery");
        services.AddDataProtection().SetApplicationName("DecisionRecords").PersistKeysToDbContext<DecisionRecordsDbContext>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var permits = builder.Configuration.GetValue($"{SecurityOptions.Section}:{nameof(SecurityOptions.SignInAttemptsPerMinute)}", 10);

            // Per address, and only the posts: reading the sign-in page costs nothing.
            options.AddPolicy(RateLimits.SignIn, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));

            // Chromium prints are the most expensive thing an officer can ask for: a few at once each, a short queue.
            options.AddPolicy(RateLimits.Preview, context => RateLimitPartition.GetConcurrencyLimiter(
                context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous",
                _ => new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, security.PreviewsAtOncePerUser), QueueLimit = 2 }));
            options.AddPolicy(RateLimits.AlertSignUp, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("EmailAlerts:SignUpsPerMinute", 4), Window = TimeSpan.FromMinutes(1) }));
            var verifications = builder.Configuration.GetValue("Verify:ChecksPerMinute", 20);
            options.AddPolicy(RateLimits.Verify, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = verifications, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton(new UncachedPublicWork(security.UncachedPublicPermits, security.UncachedPublicQueue));
        services.AddKeyedSingleton(Pages.Verify.IndexModel.ChecksKey, new UncachedPublicWork(
            builder.Configuration.GetValue("Verify:ChecksAtOnce", Math.Max(1, Environment.ProcessorCount / 2)), builder.Configuration.GetValue("Verify:ChecksQueue", 2)));
        services.Configure<ForwardedHeadersOptions>(options => ProxyConfiguration.Apply(options, builder.Configuration));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.Name = Flash.CookieName);

        services.AddValidatorsFromAssemblyContaining<ValidationFilter>(includeInternalTypes: true);
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Admin/Decisions", Policies.Officer);
                options.Conventions.AuthorizeFolder("/Admin/Reports", Policies.Officer);
                options.Conventions.AuthorizeFolder("/Admin/Users", Policies.Administer);
                options.Conventions.AuthorizeFolder("/Admin/OfficeHolders", Policies.Administer);
                options.Conventions.AuthorizeFolder("/Admin/Audit", Policies.Administer);
                options.Conventions.AuthorizeFolder("/Admin/Import", Policies.Administer);
                options.Conventions.AuthorizeFolder("/Admin/ForwardPlan", Policies.Officer);
                options.Conventions.AuthorizePage("/Admin/ForwardPlan/Edit", Policies.Draft);
                options.Conventions.AuthorizePage("/Admin/ForwardPlan/Defer", Policies.Draft);
                options.Conventions.AuthorizePage("/Admin/ForwardPlan/Withdraw", Policies.Draft);
                options.Conventions.AuthorizePage("/Admin/Alerts/Export", Policies.Administer);
                // Each edit page also answers a "new" address. A link to an item that exists goes to its own address;
                // the "new" address is generated only when there is no id.
                foreach (var (page, template) in new[]
                {
                    ("/Admin/Decisions/Funding/Edit", "admin/decisions/{id:guid}/funding/new"),
                    ("/Admin/OfficeHolders/Edit", "admin/office-holders/new"),
                    ("/Admin/ForwardPlan/Edit", "admin/forward-plan/new"),
                })
                {
                    options.Conventions.AddPageRouteModelConvention(page, model => model.Selectors.Add(new Microsoft.AspNetCore.Mvc.ApplicationModels.SelectorModel
                    {
                        AttributeRouteModel = new Microsoft.AspNetCore.Mvc.ApplicationModels.AttributeRouteModel { Template = template, Order = 1 },
                    }));
                }
            })
            .AddMvcOptions(options =>
            {
                // Deny by default: a page is public only where it says [AllowAnonymous].
                options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
                options.Filters.Add<ValidationFilter>();
            });

        services.AddScoped<ReferenceAllocator>();
        services.AddScoped<AuditLog>();
        services.AddScoped<Services.Changes.RecordChanges>();
        services.AddScoped<Services.Changes.RecordEmails>();
        services.AddScoped<DraftingService>();
        services.AddScoped<PublicationService>();
        services.AddScoped<EmailAlerts>();
        services.AddScoped<PlanAlerts>();
        services.AddScoped<ForwardPlan>();
        services.AddScoped<KeyDecisionNotices>();
        services.AddScoped<PanelReports>();
        services.Configure<ForwardPlanOptions>(builder.Configuration.GetSection(ForwardPlanOptions.Section));
        services.AddScoped<SignatureCredentials>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<OfficeHolderDirectory>();
        services.AddScoped<SignOffService>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<RegisterVerifier>();
        services.AddScoped<Publisher>();
        services.AddScoped<CategorySuggestions>();
        services.AddScoped<PublicRegister>();
        services.Configure<Services.Pdf.PdfOptions>(builder.Configuration.GetSection(Services.Pdf.PdfOptions.Section));
        services.AddSingleton<Services.Pdf.IPdfRenderer, Services.Pdf.ChromiumPdfRenderer>();
        services.AddScoped<Services.Pdf.PrintView>();
        services.AddScoped<Services.Pdf.PublishedPdfs>();
        services.Configure<Services.Sealing.SealOptions>(builder.Configuration.GetSection(Services.Sealing.SealOptions.Section));
        services.AddSingleton<Services.Sealing.SealCertificates>();
        services.AddSingleton<Services.Sealing.PdfSealer>();
        services.AddScoped<Services.Sealing.CopyVerifier>();
        services.AddScoped<Services.Import.LegacyImporter>();
        services.AddScoped<Services.Import.ImportBatches>();
        services.AddSingleton<Services.Import.ImportSignal>();
        services.AddScoped<Notifications>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<BackgroundFaults>();
        services.AddSingleton<WorkClaims>();
        services.AddSingleton<PublicationSignal>();
        if (string.Equals(builder.Configuration["Email:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else if (string.Equals(builder.Configuration["Email:Mode"], "Notify", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, NotifyEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }

        // An operator command does its one job and stops: it prints, sends and publishes nothing besides.
        if (builder.Configuration.GetValue("BackgroundJobs:Enabled", true) && !Commands.IsCommand(args))
        {
            services.AddHostedService<OutboxBackgroundService>();
            services.AddHostedService<EmailAlertsBackgroundService>();
            services.AddHostedService<PublicationBackgroundService>();
            services.AddHostedService<Services.Pdf.PdfBackgroundService>();
            services.AddHostedService<Services.Import.ImportBackgroundService>();
        }
        services.AddScoped<DevelopmentSeeder>();

        services.AddHealthChecks()
            .AddDbContextCheck<DecisionRecordsDbContext>("database", tags: ["ready"])
            .AddCheck<Services.Pdf.PdfRendererHealthCheck>("pdf-renderer", Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, ["ready"])
            .AddCheck<Services.Sealing.SealHealthCheck>("seal-certificate", Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, ["ready"]);

        ProductionAddress.Check(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        // Behind a TLS proxy: the client's address and scheme, from the proxies the configuration trusts only.
        app.UseForwardedHeaders();
        app.UseMethodGuard();
        if (KillSwitch.IsAllowed(app.Environment, app.Configuration))
        {
            app.Use((context, next) =>
            {
                if (context.Request.Headers[KillSwitch.Header] is [{ } point])
                {
                    KillSwitch.Arm(point);
                }

                return next(context);
            });
        }

        // Routing first, so the public cache knows from the endpoint itself whether a response is public; a public
        // response served from memory needs nothing else the pipeline does.
        app.UseRouting();
        app.UsePublicCache();

        // Straight after the cache: a public response it could not answer waits its turn, and refusing one costs little.
        app.UseUncachedPublicLimit();
        app.UseCorrelationId();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",

            // A refused move is the user's request answered, not a fault: the error page logs it as a refusal.
            SuppressDiagnosticsCallback = context => context.Exception is Domain.DomainException,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseBoundedUploads();
        app.UseAuthentication();
        app.UseAuthorization();

        // After the public cache: a public page served from memory is not worth a log line; everything else is.
        app.UseSerilogRequestLogging();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous()
            .WithMetadata(new Microsoft.AspNetCore.Routing.HttpMethodMetadata(["GET", "HEAD"]));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteReadiness }).AllowAnonymous()
            .WithMetadata(new Microsoft.AspNetCore.Routing.HttpMethodMetadata(["GET", "HEAD"]));
        app.MapRazorPages();
        app.MapPublicEndpoints();
        app.MapNotifyCallbacks();
        app.MapForwardPlanFeed();
        app.MapForwardPlanOpenData();
        Services.Pdf.PdfEndpoints.MapPdfEndpoints(app);
    }

    /// <summary>The overall status, then a line for each check that is not healthy, saying why: what an operator needs at night.</summary>
    private static Task WriteReadiness(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var problems = report.Entries.Where(e => e.Value.Status != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {e.Value.Status}: {e.Value.Description}");
        return context.Response.WriteAsync(report.Status + string.Concat(problems));
    }

    /// <param name="migrate">
    /// Bring the schema up to date; null leaves it to Database:MigrateOnStartup. A command an operator runs on its own
    /// (create-admin, import) migrates, as the migrate command does; instances of the service may not.
    /// </param>
    public static async Task InitialiseDatabaseAsync(WebApplication app, bool seedDemoData = true, bool? migrate = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        await db.EnsureSchemaAsync(migrate ?? app.Configuration.GetValue("Database:MigrateOnStartup", true));

        await DevelopmentSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (seedDemoData && app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true))
        {
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedAsync();
        }
    }
}
