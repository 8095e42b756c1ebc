using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Dajia.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Dajia.Tests.Api;

/// <summary>Every photo upload goes through one sanitizer; what is served is what was stored, checked by its hash.</summary>
public abstract class UploadTests(DajiaFactory app)
{
    private MultipartFormDataContent Report(World w, params (byte[] Bytes, string Name)[] photos)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(w.Town.Id.ToString()), "jurisdictionId" }, { new StringContent("Report"), "kind" },
            { new StringContent("市场里有人卖假冒名牌运动鞋 " + w.Tag), "description" }, { new StringContent("true"), "anonymous" },
        };
        foreach (var (bytes, name) in photos) form.Add(new ByteArrayContent(bytes), "photos", name);
        return form;
    }

    private static MultipartFormDataContent File(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private async Task<(HttpClient Client, Guid Id)> OperationAsync(World w)
    {
        var a = await w.ClientFor(w.LiaisonA);
        var body = new { kind = "DailySupervision", title = "巡查", startsAt = "2017-11-08T01:00:00Z" };
        var id = (await (await a.PostAsJsonAsync("/api/operations", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (a, id);
    }

    [Fact]
    public async Task A_public_report_stores_photos_decoded_anew_upright_without_metadata_and_with_thumbnails()
    {
        var w = await World.CreateAsync(app);
        var webp = TestImages.Encode(300, 200, SKEncodedImageFormat.Webp);
        await (await app.CreateClient().PostAsync("/api/public/reports",
            Report(w, (TestImages.HostileJpeg(), "IMG_0001.jpg"), (TestImages.PngWithText("GPS 22.53N"), "b.png"), (webp, "c.webp"))))
            .JsonAsync(HttpStatusCode.Created);
        var staff = await w.ClientFor(w.Staff);
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        var urls = clue.GetProperty("photos").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(3, urls.Count);
        var sizes = new List<(int, int)>();
        foreach (var url in urls)
        {
            var full = await staff.GetAsync(url);
            Assert.Equal("image/jpeg", full.Content.Headers.ContentType!.MediaType);
            var bytes = await full.Content.ReadAsByteArrayAsync();
            foreach (var secret in new[] { TestImages.GpsSecret, TestImages.CommentSecret, TestImages.TrailingSecret, "GPS", "Exif" })
                Assert.False(TestImages.Contains(bytes, secret), secret);
            using var image = SKBitmap.Decode(bytes);
            sizes.Add((image.Width, image.Height));
            using var thumb = SKBitmap.Decode(await staff.GetByteArrayAsync(url + "?size=thumb"));
            Assert.True(Math.Max(thumb.Width, thumb.Height) <= ImageSanitizer.ThumbnailSide);
            Assert.Equal((double)image.Width / image.Height, (double)thumb.Width / thumb.Height, 0.02);
        }
        Assert.Contains((200, 400), sizes); // the 400 × 200 phone photo, turned as its EXIF said
        Assert.Contains((300, 200), sizes);
        // The clue's page shows the thumbnails and links the photos.
        var page = await (await Pages.SignInAsync(app, w.Staff)).GetStringAsync($"/Clues/{clue.GetProperty("id").GetGuid()}");
        Assert.Contains($"src=\"{urls[0]}?size=thumb\"", page);
    }

    [Fact]
    public async Task Bombs_heic_and_executables_are_refused_in_chinese_and_nothing_is_stored()
    {
        var w = await World.CreateAsync(app);
        var client = app.CreateClient();
        int Stored() =>
            Directory.Exists(app.FileStore) ? Directory.EnumerateFiles(app.FileStore, "*", SearchOption.AllDirectories).Count() : 0;
        var before = Stored();
        var form = Report(w, (TestImages.PngDeclaring(40_000, 40_000), "a.png"), (TestImages.Heic(), "b.heic"), (TestImages.Exe(), "c.jpg"),
            (TestImages.HostileJpeg(), "d.jpg"));
        var refused = await (await client.PostAsync("/api/public/reports", form)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("照片尺寸过大：不能超过 4000 万像素", refused.ErrorsFor("photos[0]").Single());
        Assert.StartsWith("暂不支持 HEIC/HEIF 格式", refused.ErrorsFor("photos[1]").Single());
        Assert.Equal("只接受 JPEG、PNG 或 WebP 照片", refused.ErrorsFor("photos[2]").Single());
        Assert.Equal(before, Stored());

        var (a, id) = await OperationAsync(w);
        var bomb = await (await a.PostAsync($"/api/operations/{id}/photos", File(TestImages.PngDeclaring(40_000, 40_000), "x.png")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("照片尺寸过大：不能超过 4000 万像素", bomb.ErrorsFor("file").Single());
    }

    [Fact]
    public async Task Operation_photos_lose_their_gps_and_a_photo_changed_on_disk_is_not_served()
    {
        var w = await World.CreateAsync(app);
        var (a, id) = await OperationAsync(w);
        var op = await (await a.PostAsync($"/api/operations/{id}/photos", File(TestImages.HostileJpeg(640, 320), "现场.jpg"))).JsonAsync();
        var url = op.GetProperty("photos")[0].GetProperty("url").GetString()!;
        var stored = await a.GetByteArrayAsync(url);
        Assert.False(TestImages.Contains(stored, TestImages.GpsSecret));
        using (var image = SKBitmap.Decode(stored)) Assert.Equal((320, 640), (image.Width, image.Height));
        var thumb = await a.GetByteArrayAsync(url + "?size=thumb");
        var page = await (await Pages.SignInAsync(app, w.LiaisonA)).GetStringAsync($"/Operations/{id}");
        Assert.Contains($"src=\"{url}?size=thumb\"", page);

        var path = StoredPath(stored);
        System.IO.File.WriteAllBytes(path, [.. stored[..^10], .. "0123456789"u8]); // a byte changed on disk
        var tampered = await (await a.GetAsync(url)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("文件校验失败", tampered.GetProperty("detail").GetString());
        Assert.Equal(thumb, await a.GetByteArrayAsync(url + "?size=thumb")); // the untouched thumbnail still is
        System.IO.File.Delete(path);
        await (await a.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Five_photos_of_10_MB_each_are_one_request_the_app_accepts()
    {
        var w = await World.CreateAsync(app);
        // A real photo padded after its end marker to the 10 MB the form allows; the padding does not survive.
        byte[] Padded(int i)
        {
            var photo = TestImages.Encode(200 + i, 150, SKEncodedImageFormat.Jpeg);
            var padded = new byte[FileStore.MaxImageBytes];
            photo.CopyTo(padded, 0);
            return padded;
        }
        var photos = Enumerable.Range(0, 5).Select(i => (Padded(i), $"{i}.jpg")).ToArray();
        await (await app.CreateClient().PostAsync("/api/public/reports", Report(w, photos))).JsonAsync(HttpStatusCode.Created);
        var staff = await w.ClientFor(w.Staff);
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        var urls = clue.GetProperty("photos").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(5, urls.Count);
        foreach (var url in urls) Assert.True((await staff.GetByteArrayAsync(url)).Length < 100_000);
    }

    [Fact]
    public async Task A_request_over_the_limit_is_a_chinese_413_for_the_api_and_for_the_page()
    {
        var w = await World.CreateAsync(app);
        var tooBig = new byte[UploadLimits.MaxRequestBytes + 1];
        var api = await (await app.CreateClient().PostAsync("/api/public/reports", Report(w, (tooBig, "big.jpg"))))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("上传内容过大", api.Title());
        Assert.Equal($"一次提交不能超过 {UploadLimits.MaxRequestMegabytes} MB（照片每张不超过 10 MB，最多 5 张）", api.GetProperty("detail").GetString());
        var page = await app.CreateClient().PostAsync("/Report", Report(w, (tooBig, "big.jpg")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        var body = await page.Content.ReadAsStringAsync();
        Assert.True(body.Contains($"上传内容过大：一次提交不能超过 {UploadLimits.MaxRequestMegabytes} MB"), body);
    }

    [Fact]
    public async Task A_store_that_fails_mid_write_answers_503_in_chinese_and_leaves_no_temporary_file()
    {
        var w = await World.CreateAsync(app);
        var (a, id) = await OperationAsync(w);
        var photo = TestImages.Encode(123, 77, SKEncodedImageFormat.Png);
        // Where the photo would land is taken by a directory: the temporary file is written, the move into place fails.
        var target = StoredPath(ImageSanitizer.Clean(photo).Image!.Full, mustExist: false);
        Directory.CreateDirectory(target);
        try
        {
            var failed = await (await a.PostAsync($"/api/operations/{id}/photos", File(photo, "x.png")))
                .ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("文件暂时无法保存", failed.Title());
            Assert.Empty(Directory.EnumerateFiles(app.FileStore, FileStore.TempPrefix + "*"));
            var op = await (await a.GetAsync($"/api/operations/{id}")).JsonAsync();
            Assert.Equal(0, op.GetProperty("photos").GetArrayLength());
        }
        finally
        {
            Directory.Delete(target);
        }
    }

    [Fact]
    public void Temporary_files_older_than_an_hour_are_removed_and_newer_ones_kept()
    {
        var files = app.Services.GetRequiredService<FileStore>();
        Directory.CreateDirectory(files.Root);
        var old = Path.Combine(files.Root, FileStore.TempPrefix + "old-" + Guid.NewGuid().ToString("N"));
        var fresh = Path.Combine(files.Root, FileStore.TempPrefix + "fresh-" + Guid.NewGuid().ToString("N"));
        System.IO.File.WriteAllBytes(old, []);
        System.IO.File.WriteAllBytes(fresh, []);
        System.IO.File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
        files.RemoveStaleTemporaryFiles(FileStoreJanitor.MaxAge);
        Assert.False(System.IO.File.Exists(old));
        Assert.True(System.IO.File.Exists(fresh));
        System.IO.File.Delete(fresh);
    }

    private string StoredPath(byte[] content, bool mustExist = true)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = Path.Combine(app.FileStore, sha[..2], sha);
        Assert.True(!mustExist || System.IO.File.Exists(path));
        return path;
    }
}

[Collection("Sqlite")]
public sealed class UploadSqlite(SqliteFactory f) : UploadTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class UploadPostgres(PostgresFactory f) : UploadTests(f.WithClockReset());
