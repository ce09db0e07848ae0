package vn.giaymoi.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Dàn trang (pagination): blocks of slices placed down pages of a given height, with the rules a printed invitation
 * keeps — a paragraph leaves at least two lines at the foot of a page and carries at least two to the next (orphans,
 * widows); a kept-together block (the last paragraph with the signature) moves whole to the next page; a heading or
 * lead-in line ("…như sau:") goes to the next page with what it introduces rather than end a page. Margins between
 * blocks collapse (the larger counts) and vanish at the top of a page.
 */
final class PageFlow {
    private static final int ORPHANS = 2;
    private static final int WIDOWS = 2;

    private PageFlow() {}

    /** A part that is never split across pages: its height, and how it draws with its top at {@code top}. */
    interface Slice {
        float height();

        void draw(PdfCanvas canvas, float top);
    }

    /**
     * A block: its slices (a paragraph's lines, a table's rows), its margins, and its keep rules.
     *
     * @param keepTogether never split (moves whole when it fits a page)
     * @param keepWithNext never the last thing on a page: moves with the start of the next block
     */
    record Block(List<Slice> slices, float before, float after, boolean keepTogether, boolean keepWithNext) {
        float height() {
            float h = 0;
            for (Slice s : slices) h += s.height();
            return h;
        }

        /** The least of it that may start a page: all of it when kept together, else its first lines. */
        float head() {
            if (keepTogether) return height();
            float h = 0;
            for (int i = 0; i < Math.min(ORPHANS, slices.size()); i++) h += slices.get(i).height();
            return h;
        }
    }

    /** A slice placed on a page. */
    record Placed(Slice slice, float top) {}

    /** The blocks placed on pages of {@code height} points starting at {@code top}: one list of slices per page. */
    static List<List<Placed>> paginate(List<Block> blocks, float top, float height) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float y = 0;
        float after = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.slices().isEmpty()) continue;
            float gap = y == 0 ? 0 : Math.max(after, block.before());
            float needed = needed(blocks, b);
            if (y > 0 && y + gap + needed > height && needed <= height) {
                page = new ArrayList<>();
                pages.add(page);
                y = 0;
                gap = 0;
            }
            y += gap;
            List<Slice> slices = block.slices();
            int i = 0;
            while (i < slices.size()) {
                int fit = fitting(slices, i, height - y);
                if (fit == slices.size() - i) {
                    for (; i < slices.size(); i++) {
                        page.add(new Placed(slices.get(i), top + y));
                        y += slices.get(i).height();
                    }
                    break;
                }
                int rest = slices.size() - i - fit;
                if (!block.keepTogether() && rest < WIDOWS && fit - (WIDOWS - rest) >= ORPHANS) fit -= WIDOWS - rest;
                if (y == 0 && fit == 0) fit = 1; // taller than a page: it must go somewhere
                for (int k = 0; k < fit; k++, i++) {
                    page.add(new Placed(slices.get(i), top + y));
                    y += slices.get(i).height();
                }
                page = new ArrayList<>();
                pages.add(page);
                y = 0;
            }
            after = block.after();
        }
        return pages;
    }

    /** The height block {@code b} needs at the foot of a page: its head, and with keep-with-next the next's head. */
    private static float needed(List<Block> blocks, int b) {
        Block block = blocks.get(b);
        if (!block.keepWithNext()) return block.head();
        float h = block.height();
        if (b + 1 < blocks.size()) {
            Block next = blocks.get(b + 1);
            h += Math.max(block.after(), next.before()) + needed(blocks, b + 1);
        }
        return h;
    }

    private static int fitting(List<Slice> slices, int from, float room) {
        int n = 0;
        float h = 0;
        for (int i = from; i < slices.size(); i++) {
            h += slices.get(i).height();
            if (h > room + 0.01f) break;
            n++;
        }
        return n;
    }
}
