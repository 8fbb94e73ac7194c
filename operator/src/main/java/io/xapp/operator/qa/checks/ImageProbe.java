package io.xapp.operator.qa.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What an image file is, read the way a browser would have to: an SVG document (its size from width/height or the
 * viewBox) or a raster the JDK decodes (PNG, JPEG, GIF, BMP). The raster's size is read from its header first, so a
 * file claiming to be enormous is never decoded.
 */
final class ImageProbe {

    /** Wider or taller than this is not decoded at all. */
    static final int MAX_DECODED_SIDE = 8192;
    private static final Pattern LENGTH = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    static {
        ImageIO.setUseCache(false); // decode in memory: no temporary files on a read-only root
    }

    private ImageProbe() {
    }

    /**
     * @param format  SVG, PNG, JPEG, ...
     * @param width   pixels; for an SVG without a size, 0
     * @param decoded whether the pixels were decoded (false only when the header alone was read)
     */
    record Image(String format, int width, int height, boolean decoded) {

        boolean sized() {
            return width > 0 && height > 0;
        }
    }

    /** @throws IOException with what is wrong when the bytes are no image this probe can read */
    static Image read(byte[] bytes, String mediaType) throws IOException {
        if (looksLikeSvg(bytes, mediaType)) {
            return svg(bytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder for " + (mediaType == null ? "this content" : mediaType)
                        + " (first bytes " + hex(bytes) + ")");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = reader.getFormatName().toUpperCase(Locale.ROOT);
                if (width > MAX_DECODED_SIDE || height > MAX_DECODED_SIDE) {
                    return new Image(format, width, height, false);
                }
                reader.read(0); // throws when the pixel data is broken
                return new Image(format, width, height, true);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean looksLikeSvg(byte[] bytes, String mediaType) {
        if (mediaType != null && mediaType.contains("svg")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"));
    }

    private static Image svg(byte[] bytes) throws IOException {
        Element root;
        try {
            root = secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("not a well-formed SVG document: " + e.getMessage(), e);
        }
        if (!"svg".equals(root.getLocalName() == null ? root.getTagName() : root.getLocalName())) {
            throw new IOException("an XML document whose root is <" + root.getTagName() + ">, not <svg>");
        }
        Optional<Double> width = length(root.getAttribute("width"));
        Optional<Double> height = length(root.getAttribute("height"));
        if (width.isPresent() && height.isPresent()) {
            return new Image("SVG", (int) Math.round(width.get()), (int) Math.round(height.get()), true);
        }
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (box.length == 4) {
            try {
                return new Image("SVG", (int) Math.round(Double.parseDouble(box[2])),
                        (int) Math.round(Double.parseDouble(box[3])), true);
            } catch (NumberFormatException e) {
                // an unreadable viewBox: no size
            }
        }
        return new Image("SVG", 0, 0, true);
    }

    private static Optional<Double> length(String attribute) {
        Matcher m = LENGTH.matcher(attribute == null ? "" : attribute);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    /** No DTDs, no external entities: the document comes from a customer's site. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            s.append(String.format("%02x", bytes[i]));
        }
        return s.toString();
    }
}
