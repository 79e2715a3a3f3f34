namespace DecisionRecords.Tests.Infrastructure;

/// <summary>
/// The test server gives requests no client address; a real one always has one. Requests come from loopback, as they
/// would through a proxy on the same machine, unless a test says otherwise.
/// </summary>
internal sealed class LoopbackClient : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(nextMiddleware => context =>
        {
            context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
