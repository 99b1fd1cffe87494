using System.Security.Cryptography;

namespace Hub.Api.Access;

/// <summary>
/// A server secret kept in a file readable by its owner only, made on first use, so a fresh
/// clone runs without a secret in the repository (the development signing key, the cursor key).
/// </summary>
internal static class KeyFile
{
    /// <summary>The base64 key in <paramref name="path"/>, or <paramref name="bytes"/> random bytes written there first.</summary>
    public static byte[] ReadOrCreate(string path, int bytes)
    {
        path = Path.GetFullPath(path);
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(bytes);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, file))
            writer.Write(Convert.ToBase64String(key));
        return key;
    }
}
