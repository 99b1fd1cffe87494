namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// A response body held in memory up to a limit: past it, writing stops with
/// <see cref="ResponseTooLargeException"/>, before a byte has gone to the client, so the client
/// gets a clear error instead of a truncated body.
/// </summary>
internal sealed class CappedBuffer(int limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Check(int count)
    {
        if (Length + count > limit)
            throw new ResponseTooLargeException();
    }
}

/// <summary>A response grew past <see cref="GraphQLOptions.MaxResponseBytes"/>.</summary>
internal sealed class ResponseTooLargeException : Exception;
