package vn.giaymoi.format.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Khối chữ ký ({@code signature:}): authority lines ({@code TL. CHỦ TỊCH}), the signer's title and name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"authority", "title", "signer"})
public record SignatureDto(
        @Size(max = Limits.FEW) List<@NotNull @Size(max = Limits.LINE) @PrintedText @Pattern(regexp = Patterns.AUTHORITY,
                message = "phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (có dấu chấm), hoặc T/M, K/T, T/L, T/UQ trong văn bản của Đảng")
                String> authority,
        @Size(max = Limits.LINE) @PrintedText(lineBreaks = true) String title,
        @Size(max = Limits.SHORT) @PrintedText String signer) {}
