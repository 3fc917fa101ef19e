// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written with the JDK's StAX writer (it escapes text and attributes),
 * attributes in the order given, so the same model gives the same bytes on every run.
 */
final class XmlText {

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    XmlText() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts an element; {@code attributes} are name, value pairs. */
    XmlText start(String name, String... attributes) {
        return element(name, false, attributes);
    }

    /** An element without children. */
    XmlText empty(String name, String... attributes) {
        return element(name, true, attributes);
    }

    /** The root element with its default namespace and schema location. */
    XmlText root(String name, String namespace, String schemaLocation, String... attributes) {
        try {
            newline();
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            if (schemaLocation != null) {
                xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                        namespace + " " + schemaLocation);
            }
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlText end() {
        try {
            depth--;
            newline();
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlText comment(String comment) {
        try {
            newline();
            // "--" may not occur in a comment.
            xml.writeComment(" " + comment.replace("--", "- -") + " ");
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeEndDocument();
            xml.close();
            return text.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlText element(String name, boolean empty, String... attributes) {
        try {
            newline();
            if (empty) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
                depth++;
            }
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
