package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Khối chữ ký ({@code signature:}): authority lines ({@code TL. CHỦ TỊCH}), the signer's title and name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"authority", "title", "signer"})
public record SignatureDto(List<String> authority, String title, String signer) {}
