package de.deutsch4u.report;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;

/** The download formats of the usage report, with their media type and file extension. */
public enum UsageFormat {
    CSV("text/csv; charset=UTF-8", "csv", UsageCsv::write),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", UsageXlsx::write),
    PDF("application/pdf", "pdf", UsagePdf::write);

    private final String mediaType;
    private final String extension;
    private final Function<UsageReport, byte[]> writer;

    UsageFormat(String mediaType, String extension, Function<UsageReport, byte[]> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] write(UsageReport report) {
        return writer.apply(report);
    }

    public String fileName(UsageReport report) {
        return UsageTable.fileName(report, extension);
    }

    /** The {@code format} parameter: csv, xlsx or pdf; json or empty means no download (null). */
    static UsageFormat ofParam(String value) {
        if (value == null || value.isBlank() || "json".equalsIgnoreCase(value.strip())) {
            return null;
        }
        for (UsageFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw BusinessException.invalidField("format", "violation.format.unknown");
    }

    /**
     * The format the Accept header prefers: the first of its types (by quality) that names a download
     * format; JSON or a wildcard first means JSON (null).
     */
    static UsageFormat ofAccept(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()
                    || type.isWildcardSubtype()
                    || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return null;
            }
            for (UsageFormat format : values()) {
                String[] typeAndSubtype = format.mediaType.split(";")[0].split("/");
                if (new MediaType(typeAndSubtype[0], typeAndSubtype[1]).isCompatible(type)) {
                    return format;
                }
            }
        }
        return null;
    }
}
