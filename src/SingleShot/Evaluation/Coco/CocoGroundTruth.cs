using System.Text.Json;

namespace SingleShot.Evaluation.Coco;

/// <summary>
/// The ground truth of a COCO evaluation: the images, the categories and the annotated objects of a COCO
/// instances file, checked for consistency (unique ids, annotations that refer to listed images and categories,
/// finite non-negative sizes and areas). The <c>ignore</c> field some files carry has no effect, as in pycocotools,
/// whose <c>_prepare</c> overwrites it with <c>iscrowd</c>. Not responsible for images, segmentations or keypoints.
/// </summary>
public sealed class CocoGroundTruth
{
    private readonly Dictionary<(long ImageId, long CategoryId), List<CocoAnnotation>> _groups = [];
    private readonly HashSet<long> _imageIds;

    /// <summary>Checks and indexes the ground truth; an inconsistency is an <see cref="ArgumentException"/>.</summary>
    /// <param name="images">The images; ids must be unique.</param>
    /// <param name="categories">The categories; ids must be unique.</param>
    /// <param name="annotations">The objects; ids unique and never 0, images and categories listed.</param>
    public CocoGroundTruth(IReadOnlyList<CocoImage> images, IReadOnlyList<CocoCategory> categories, IReadOnlyList<CocoAnnotation> annotations)
        : this(images, categories, annotations, "COCO ground truth")
    {
    }

    private CocoGroundTruth(IReadOnlyList<CocoImage> images, IReadOnlyList<CocoCategory> categories, IReadOnlyList<CocoAnnotation> annotations, string source)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(annotations);
        Images = images;
        Categories = categories;
        Annotations = annotations;
        _imageIds = UniqueIds(images.Select(image => image.Id), "images", "image", source);
        HashSet<long> categoryIds = UniqueIds(categories.Select(category => category.Id), "categories", "category", source);
        ImageIds = [.. _imageIds.Order()];
        SortedCategories = [.. categories.OrderBy(category => category.Id)];
        var annotationIds = new HashSet<long>();
        for (int i = 0; i < annotations.Count; i++)
        {
            CocoAnnotation annotation = annotations[i];
            Check(annotation, annotationIds, categoryIds, $"{source}: annotations[{i}] (id {annotation.Id})");
            if (!_groups.TryGetValue((annotation.ImageId, annotation.CategoryId), out List<CocoAnnotation>? group))
            {
                group = [];
                _groups.Add((annotation.ImageId, annotation.CategoryId), group);
            }

            group.Add(annotation);
        }
    }

    /// <summary>The images in file order.</summary>
    public IReadOnlyList<CocoImage> Images { get; }

    /// <summary>The categories in file order.</summary>
    public IReadOnlyList<CocoCategory> Categories { get; }

    /// <summary>The annotated objects in file order.</summary>
    public IReadOnlyList<CocoAnnotation> Annotations { get; }

    /// <summary>The image ids in ascending order (pycocotools' default <c>params.imgIds</c>).</summary>
    public IReadOnlyList<long> ImageIds { get; }

    /// <summary>The categories in ascending id order, the order of the metric arrays' K axis (<c>params.catIds</c>).</summary>
    public IReadOnlyList<CocoCategory> SortedCategories { get; }

    /// <summary>
    /// Reads a COCO instances JSON file (<c>images</c>, <c>categories</c>, <c>annotations</c>; other fields and
    /// segmentations are skipped). Errors name the file and the entry, e.g. <c>annotations[12] (id 345): 'area' is
    /// missing</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON, a field is missing or wrong, or the ids are inconsistent.</exception>
    public static CocoGroundTruth Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using JsonDocument document = CocoJson.Parse(path);
        JsonElement root = document.RootElement;
        var images = new List<CocoImage>();
        foreach ((JsonElement item, int i) in CocoJson.GetArray(root, "images", path).Select((item, i) => (item, i)))
        {
            string where = $"{path}: images[{i}]";
            images.Add(new CocoImage(CocoJson.GetId(item, "id", where), CocoJson.GetOptionalInt(item, "width", where), CocoJson.GetOptionalInt(item, "height", where)));
        }

        var categories = new List<CocoCategory>();
        foreach ((JsonElement item, int i) in CocoJson.GetArray(root, "categories", path).Select((item, i) => (item, i)))
        {
            string where = $"{path}: categories[{i}]";
            categories.Add(new CocoCategory(CocoJson.GetId(item, "id", where), CocoJson.GetString(item, "name", where)));
        }

        var annotations = new List<CocoAnnotation>();
        foreach ((JsonElement item, int i) in CocoJson.GetArray(root, "annotations", path).Select((item, i) => (item, i)))
        {
            annotations.Add(ReadAnnotation(item, $"{path}: annotations[{i}]"));
        }

        try
        {
            return new CocoGroundTruth(images, categories, annotations, path);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>True when <paramref name="imageId"/> is one of <see cref="Images"/>.</summary>
    public bool ContainsImage(long imageId) => _imageIds.Contains(imageId);

    /// <summary>The annotations of one image and category, in file order (empty when there are none).</summary>
    internal IReadOnlyList<CocoAnnotation> AnnotationsOf(long imageId, long categoryId) =>
        _groups.TryGetValue((imageId, categoryId), out List<CocoAnnotation>? group) ? group : [];

    private static CocoAnnotation ReadAnnotation(JsonElement item, string where)
    {
        long id = CocoJson.GetId(item, "id", where);
        where = $"{where} (id {id})";
        (double x, double y, double width, double height) = CocoJson.GetBox(item, where);
        return new CocoAnnotation(
            id,
            CocoJson.GetId(item, "image_id", where),
            CocoJson.GetId(item, "category_id", where),
            x,
            y,
            width,
            height,
            CocoJson.GetNumber(item, "area", where),
            CocoJson.GetCrowd(item, where));
    }

    private static HashSet<long> UniqueIds(IEnumerable<long> ids, string field, string what, string source)
    {
        var unique = new HashSet<long>();
        foreach (long id in ids)
        {
            if (!unique.Add(id))
            {
                throw new ArgumentException($"{source}: {what} id {id} appears more than once in '{field}'.");
            }
        }

        return unique;
    }

    private void Check(CocoAnnotation annotation, HashSet<long> annotationIds, HashSet<long> categoryIds, string where)
    {
        string? problem =
            annotation.Id == 0 ? "annotation id 0 is not allowed: pycocotools takes a match with annotation 0 for no match (number annotations from 1)" :
            !annotationIds.Add(annotation.Id) ? "the annotation id appears more than once" :
            !_imageIds.Contains(annotation.ImageId) ? $"image_id {annotation.ImageId} is not in 'images'" :
            !categoryIds.Contains(annotation.CategoryId) ? $"category_id {annotation.CategoryId} is not in 'categories'" :
            !(double.IsFinite(annotation.X) && double.IsFinite(annotation.Y) && double.IsFinite(annotation.Width) && double.IsFinite(annotation.Height)) ? "'bbox' must be finite" :
            annotation.Width < 0 || annotation.Height < 0 ? $"'bbox' width and height must be >= 0 (found {annotation.Width} x {annotation.Height})" :
            !double.IsFinite(annotation.Area) || annotation.Area < 0 ? $"'area' must be a finite number >= 0 (found {annotation.Area})" :
            null;
        if (problem is not null)
        {
            throw new ArgumentException($"{where}: {problem}.");
        }
    }
}
