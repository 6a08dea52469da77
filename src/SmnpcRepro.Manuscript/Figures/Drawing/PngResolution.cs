using System.Buffers.Binary;

namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>
/// Records a PNG's resolution in its <c>pHYs</c> chunk (pixels per metre), which upload checkers and Word read
/// as the image's dpi; Skia's encoder writes none. The chunk goes right after <c>IHDR</c>, as the PNG
/// specification requires (before <c>IDAT</c>).
/// </summary>
public static class PngResolution
{
    private const int HeaderLength = 8 + 8 + 13 + 4;
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary><paramref name="png"/> with a <c>pHYs</c> chunk of <paramref name="dpi"/> dots per inch.</summary>
    public static byte[] Set(byte[] png, int dpi)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < HeaderLength || png[12] != (byte)'I' || png[15] != (byte)'R')
        {
            throw new ArgumentException("Not a PNG that starts with its IHDR chunk.", nameof(png));
        }

        var perMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, HeaderLength), .. chunk, .. png.AsSpan(HeaderLength)];
    }

    /// <summary>The dpi a PNG records (rounded), or null when it has no <c>pHYs</c> chunk in metres.</summary>
    public static int? Read(ReadOnlySpan<byte> png)
    {
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            var type = png.Slice(at + 4, 4);
            if (type.SequenceEqual("pHYs"u8))
            {
                var x = BinaryPrimitives.ReadUInt32BigEndian(png[(at + 8)..]);
                return png[at + 16] == 1 ? (int)Math.Round(x * 0.0254) : null;
            }

            if (type.SequenceEqual("IDAT"u8))
            {
                return null;
            }

            at += 12 + length;
        }

        return null;
    }

    /// <summary>Width and height in pixels from <c>IHDR</c>.</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> png) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(png[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(png[20..]));

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
