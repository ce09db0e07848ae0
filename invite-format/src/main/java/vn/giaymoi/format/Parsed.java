package vn.giaymoi.format;

import java.util.List;
import java.util.function.Function;
import vn.giaymoi.domain.invitation.Invitation;

/** Kết quả đọc tệp (result of reading an input): the invitation, or the problems that prevented it. */
public sealed interface Parsed permits Parsed.Ok, Parsed.Failed {
    /** The invitation was read. */
    record Ok(Invitation invitation) implements Parsed {}

    /** The input could not be read; at least one problem says where and why. */
    record Failed(List<InputProblem> problems) implements Parsed {
        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("a failure needs a problem");
        }
    }

    default <R> R fold(Function<Invitation, R> ok, Function<List<InputProblem>, R> failed) {
        return this instanceof Ok o ? ok.apply(o.invitation()) : failed.apply(((Failed) this).problems());
    }
}
