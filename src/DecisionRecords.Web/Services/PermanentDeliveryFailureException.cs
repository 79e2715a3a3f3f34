namespace DecisionRecords.Web.Services;

/// <summary>The mail system says the address will never take email: the email is not retried, and the address's alerts end.</summary>
public sealed class PermanentDeliveryFailureException(string message, Exception? inner = null) : Exception(message, inner);
