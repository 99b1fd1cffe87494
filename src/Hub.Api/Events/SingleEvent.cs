namespace Hub.Api.Events;

/// <summary>A source stream of at most one value, completed at once: what one delivery of a subscription yields.</summary>
internal sealed class SingleEvent(object? value, bool hasValue) : IObservable<object?>
{
    public static readonly SingleEvent None = new(null, false);

    public static SingleEvent Of(object value) => new(value, true);

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        if (hasValue)
            observer.OnNext(value);
        observer.OnCompleted();
        return Nothing.Instance;
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose()
        {
        }
    }
}
