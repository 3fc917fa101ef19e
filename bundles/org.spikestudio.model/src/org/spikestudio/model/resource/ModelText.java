// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.spikestudio.model.SpikestudioPackage;

/**
 * The bytes of a model file, read and checked before EMF sees them: that the path is a readable
 * regular file, that the text decodes in its encoding, that it is well-formed XML with bound
 * namespace prefixes, and that its root is an {@code snn:Network} of a format this release reads.
 * Each problem comes out as one sentence with its line, never as a parser's internal key or a Java
 * class name, and nothing is printed to stderr (the JDK's XML parser prints "[Fatal Error]" lines
 * for undecodable bytes, so decoding is done here, strictly, before it parses).
 */
final class ModelText {

    private static final Pattern DECLARED_ENCODING = Pattern
            .compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** A namespace error that the JDK's parser reports as its message key, e.g. {@code ...#ElementPrefixUnbound?snn&snn:Network}. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("^https?://www\\.w3\\.org/TR/[^#\\s]*#(\\w+)\\??(\\S*)$");

    private ModelText() {
    }

    /** The whole file; a missing file, a directory, a FIFO or a link loop each say what they are. */
    static byte[] read(Path file, String name) throws ModelLoadException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw fail(name, Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist"
                    : "no such file");
        } catch (IOException e) {
            throw fail(name, cannot("opened", e));
        }
        if (attributes.isDirectory()) {
            throw fail(name, "is a directory, not a model file");
        }
        if (!attributes.isRegularFile()) {
            // Reading a FIFO or a device could block for ever.
            throw fail(name, "is not a regular file (it is a FIFO, socket or device), so it is not read as a model");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw fail(name, cannot("read", e));
        }
    }

    private static String cannot(String what, IOException e) {
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getMessage();
        if (reason != null && reason.contains("symbolic links")) {
            return "cannot be " + what + ": the path contains a symbolic link loop (too many levels of symbolic links)";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be " + what + " (permission denied)";
        }
        return "cannot be " + what + (reason == null ? "" : ": " + reason.toLowerCase(Locale.ROOT));
    }

    /** Checks encoding, well-formedness and the root element; see the class comment. */
    static void check(byte[] content, String name) throws ModelLoadException {
        String text = decode(content, name);
        if (text.isBlank()) {
            throw new ModelLoadException(List.of(ModelProblem.error(name, 1, 0,
                    "empty file: expected an <snn:Network> element")));
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && root) {
                    checkRoot(reader, name);
                    root = false;
                }
            }
            if (root) {
                throw fail(name, "empty file: expected an <snn:Network> element");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            throw new ModelLoadException(List.of(ModelProblem.error(name, Math.max(line, 0), Math.max(column, 0),
                    "not a well-formed XML file: " + plainXmlMessage(e.getMessage()))));
        }
    }

    /** The text in the encoding the file declares (UTF-8 by default), or the position of the first undecodable byte. */
    private static String decode(byte[] content, String name) throws ModelLoadException {
        int start = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            start = 3; // UTF-8 byte order mark
        } else if (content.length >= 2 && ((content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff
                || (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe)) {
            charset = StandardCharsets.UTF_16; // decodes the byte order mark itself
        } else {
            String prolog = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED_ENCODING.matcher(prolog);
            if (declared.find()) {
                try {
                    charset = Charset.forName(declared.group(1));
                } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
                    throw new ModelLoadException(List.of(ModelProblem.error(name, 1, 0, "the file declares the encoding '"
                            + declared.group(1) + "', which is not supported; save it as UTF-8")));
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int bad = content[in.position()] & 0xff;
            throw new ModelLoadException(List.of(ModelProblem.error(name, line, text.length() - lineStart + 1,
                    String.format(Locale.ROOT, "the file is not valid %s: the byte 0x%02X here is not part of a "
                            + "character; save the file as %s", charset.name(), bad, charset.name()))));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Refuses a root other than {@code snn:Network}, and a file of a newer or unknown format version. */
    private static void checkRoot(XMLStreamReader reader, String name) throws ModelLoadException {
        int line = reader.getLocation().getLineNumber();
        int column = reader.getLocation().getColumnNumber();
        if (!"Network".equals(reader.getLocalName()) || !SpikestudioPackage.eNS_URI.equals(reader.getNamespaceURI())) {
            throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                    "the root element is <" + qualified(reader) + ">, expected <snn:Network> of namespace "
                            + SpikestudioPackage.eNS_URI + ": not a Spikestudio model")));
        }
        String version = reader.getAttributeValue(null, "formatVersion");
        if (version == null) {
            throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                    "Network: attribute 'formatVersion' is missing (this release writes and reads "
                            + ModelFiles.FORMAT_VERSION + ")")));
        }
        if (!ModelFiles.FORMAT_VERSION.equals(version.strip())) {
            String why = "unknown format version '" + version + "'; this release reads format version "
                    + ModelFiles.FORMAT_VERSION;
            try {
                if (Integer.parseInt(version.strip()) > Integer.parseInt(ModelFiles.FORMAT_VERSION)) {
                    why = "the file was written by a newer Spikestudio (format version " + version
                            + "); this release reads format version " + ModelFiles.FORMAT_VERSION
                            + ": update Spikestudio to open it";
                }
            } catch (NumberFormatException e) {
                // not a number: unknown
            }
            throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                    "Network: attribute 'formatVersion': " + why)));
        }
    }

    private static String qualified(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
    }

    /**
     * The StAX message without its "ParseError at [row,col]:" prefix, which we print ourselves, and
     * with the namespace errors the JDK leaves as message keys put into words.
     */
    static String plainXmlMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        int marker = message.indexOf("Message: ");
        String plain = marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message.strip();
        Matcher key = MESSAGE_KEY.matcher(plain);
        if (!key.matches()) {
            return plain;
        }
        String[] arguments = key.group(2).split("&");
        return switch (key.group(1)) {
            case "ElementPrefixUnbound" -> arguments.length < 2 ? unbound(arguments[0], "an element")
                    : unbound(arguments[0], "element <" + arguments[1] + ">");
            case "AttributePrefixUnbound" -> arguments.length < 3 ? unbound(arguments[0], "an attribute")
                    : unbound(arguments[2], "attribute '" + arguments[1] + "' of element <" + arguments[0] + ">");
            default -> "namespace error: " + key.group(1).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        };
    }

    private static String unbound(String prefix, String where) {
        return "the prefix '" + prefix + "' of " + where + " is not bound to a namespace (the declaration xmlns:"
                + prefix + "=\"...\" is missing)";
    }

    private static ModelLoadException fail(String file, String message) {
        return new ModelLoadException(List.of(ModelProblem.error(file, 0, 0, message)));
    }
}
