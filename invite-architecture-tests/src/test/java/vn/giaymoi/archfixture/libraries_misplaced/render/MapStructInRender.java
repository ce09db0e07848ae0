package vn.giaymoi.archfixture.libraries_misplaced.render;

/** Breaks "MapStruct is used only in format": a renderer mapping the domain itself. */
public final class MapStructInRender {
    private org.mapstruct.factory.Mappers mappers;
}
