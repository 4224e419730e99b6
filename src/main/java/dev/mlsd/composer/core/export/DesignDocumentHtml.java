package dev.mlsd.composer.core.export;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The design document as one self-contained HTML file: commonmark-java renders the Markdown with raw
 * HTML escaped and unsafe link targets ({@code javascript:} and the like) dropped, since the text is
 * the user's and the assistant's and must never run as markup; a print-friendly stylesheet is inside,
 * nothing is loaded from elsewhere.
 */
public final class DesignDocumentHtml {

    private static final String STYLE = """
            body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
            h1 { font-size: 1.6em; border-bottom: 1px solid #999; padding-bottom: .2em; margin-top: 1.6em; page-break-after: avoid; }
            h2, h3, h4 { page-break-after: avoid; }
            pre, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; background: #f4f4f4; }
            pre { padding: .6em; overflow-x: auto; white-space: pre-wrap; }
            table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .2em .5em; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
            """;

    private DesignDocumentHtml() {
    }

    public static String render(String title, String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
        String body = renderer.render(parser.parse(markdown));
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
