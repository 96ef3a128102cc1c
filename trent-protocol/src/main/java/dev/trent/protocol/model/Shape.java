package dev.trent.protocol.model;

/**
 * One shape of the model. Shapes refer to each other by name; resolve a name with {@link
 * ServiceModel#shape(String)}.
 */
public sealed interface Shape
    permits StructureShape,
        ListShape,
        MapShape,
        StringShape,
        BlobShape,
        IntegerShape,
        BooleanShape,
        TimestampShape {

  /** The model's shape name, such as {@code EncryptRequest} or {@code KeyIdType}. */
  String name();
}
