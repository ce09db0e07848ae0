package vn.giaymoi.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Node;

/**
 * Hộp văn bản (text boxes anchored in a paragraph): their lines, which POI's runs leave out. Offices put a date line,
 * a number or a "DỰ THẢO" mark in one. Word writes each box twice, as a drawing ({@code mc:Choice}) and as VML for
 * older readers ({@code mc:Fallback}); one copy is read, the fallback only when it is the only one.
 */
final class TextBoxes {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * How deep a text box is looked for below its paragraph: Word's drawing puts its text about 12 elements down; a
     * file nested far deeper is hostile, and walking it would exhaust the stack.
     */
    private static final int MAX_DEPTH = 64;

    private TextBoxes() {}

    /** The lines of the boxes anchored in {@code p}, in document order; a soft break starts a new line. */
    static List<String> lines(XWPFParagraph p) {
        List<Node> boxes = new ArrayList<>();
        List<Node> fallbacks = new ArrayList<>();
        collect(p.getCTP().getDomNode(), false, boxes, fallbacks, 0);
        List<String> out = new ArrayList<>();
        for (Node box : boxes.isEmpty() ? fallbacks : boxes) {
            for (Node c = box.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!is(c, W, "p")) continue;
                StringBuilder text = new StringBuilder();
                text(c, text, 0);
                for (String line : text.toString().split("\n", -1)) if (!line.isBlank()) out.add(line);
            }
        }
        return out;
    }

    private static void collect(Node n, boolean inFallback, List<Node> boxes, List<Node> fallbacks, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, W, "txbxContent")) {
                (inFallback ? fallbacks : boxes).add(c);
            } else {
                collect(c, inFallback || is(c, MC, "Fallback"), boxes, fallbacks, depth + 1);
            }
        }
    }

    private static void text(Node n, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, W, "t")) {
                // XMLBeans' DOM has no getTextContent (DOM level 3): the text nodes are read one by one
                for (Node t = c.getFirstChild(); t != null; t = t.getNextSibling()) {
                    if (t.getNodeType() == Node.TEXT_NODE || t.getNodeType() == Node.CDATA_SECTION_NODE) out.append(t.getNodeValue());
                }
            }
            else if (is(c, W, "tab")) out.append('\t');
            else if (is(c, W, "br") || is(c, W, "cr")) out.append('\n');
            else if (!is(c, W, "txbxContent") && !is(c, W, "pPr") && !is(c, W, "rPr")) text(c, out, depth + 1);
        }
    }

    private static boolean is(Node n, String ns, String local) {
        return n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }
}
