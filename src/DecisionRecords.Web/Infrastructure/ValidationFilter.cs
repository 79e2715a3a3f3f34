using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Validates every bound property that has a FluentValidation validator before a POST handler runs, and turns a page
/// re-rendered with errors into a 400 response. Handlers only check <c>ModelState.IsValid</c>. Every text field of
/// every form is also checked for control characters, which no record, feed or file should ever hold.
/// </summary>
public sealed class ValidationFilter(IServiceProvider services) : IAsyncPageFilter, IAsyncAlwaysRunResultFilter
{
    /// <summary>Model state forgets the order errors were added in; the error summary lists them in the validator's order.</summary>
    public const string ErrorOrderKey = "ValidationErrorOrder";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && context.HandlerInstance is PageModel page)
        {
            var order = new List<string>();
            context.HttpContext.Items[ErrorOrderKey] = order;
            foreach (var property in context.ActionDescriptor.BoundProperties)
            {
                var value = page.GetType().GetProperty(property.Name)?.GetValue(page);
                foreach (var key in ControlCharacters.In(value, property.Name))
                {
                    order.Add(key);
                    page.ModelState.AddModelError(key, ControlCharacters.Message);
                }

                if (value is null || services.GetService(typeof(IValidator<>).MakeGenericType(property.ParameterType)) is not IValidator validator)
                {
                    continue;
                }

                var validationContext = new ValidationContext<object>(value);
                var result = await validator.ValidateAsync(validationContext, context.HttpContext.RequestAborted);
                foreach (var error in result.Errors)
                {
                    var key = $"{property.Name}.{error.PropertyName}";
                    order.Add(key);
                    if (page.ModelState[key]?.Errors.Count is null or 0)
                    {
                        page.ModelState.AddModelError(key, error.ErrorMessage);
                    }
                }
            }
        }

        await next();
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is PageResult && !context.ModelState.IsValid)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await next();
    }
}
