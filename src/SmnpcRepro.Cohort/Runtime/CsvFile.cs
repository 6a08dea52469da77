namespace SmnpcRepro.Cohort.Runtime;

/// <summary>Reads a data file's bytes for the UTF-8 reader in one read, into an array that is not zeroed first.</summary>
public static class CsvFile
{
    /// <summary>All bytes of the file at <paramref name="path"/>.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path}: the file is too large to read at once ({length} bytes).");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
            {
                return bytes[..read]; // the file shrank while being read
            }

            read += n;
        }

        return bytes;
    }
}
