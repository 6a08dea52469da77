using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>Fully qualified names of generated and runtime types, so no field name can shadow them.</summary>
internal sealed class TypeNames
{
    private readonly string _prefix;

    public TypeNames(string ns)
    {
        _prefix = "global::" + ns + ".";
    }

    public string Of(string typeName) => _prefix + typeName;

    /// <summary>The C# type of a field's property: nullable unless the field is required.</summary>
    public string TypeOf(FieldModel f) => NonNullableTypeOf(f) + (f.Required ? string.Empty : "?");

    public string NonNullableTypeOf(FieldModel f) => f.Kind switch
    {
        FieldKinds.Integer => "int",
        FieldKinds.Number => "double",
        FieldKinds.Date => "global::System.DateOnly",
        FieldKinds.Categorical => Of(f.PropertyName),
        FieldKinds.Boolean => "bool",
        _ => "string",
    };
}
