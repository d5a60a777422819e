// libxml2 (Debian's libxml2-dev), for validating EPCIS XML documents against the EPCIS 2.0 XSD: the streaming
// reader, the schema compiler and validator, structured errors. Foundation's XMLParser on Linux links the same
// shared library.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding header would then include the system's ICU headers, whose
// UErrorCode clashes with Foundation's own ICU module. Nothing here uses the ICU converters: the encoding handler
// is only ever reached through pointers, so its layout does not matter to this module.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

/// A parser input over a copy of `length` bytes, named `url` so that relative schema locations inside it resolve
/// against that name (an external entity loader serves embedded schema files with it).
static inline xmlParserInputPtr foodtrace_xml_input(
    xmlParserCtxtPtr context, const char *url, const char *bytes, int length) {
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, length, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return NULL;
    xmlParserInputPtr input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
    if (input == NULL) {
        xmlFreeParserInputBuffer(buffer);
        return NULL;
    }
    input->filename = (const char *) xmlStrdup((const xmlChar *) url);
    return input;
}
