import HTTPTypes
import TraceModel

/// Why a console page cannot be drawn (a filter that is not valid, something not in the store): shown to the
/// regulator as a console page with this status and the catalogue's message in the page's language.
struct ConsoleProblem: Error {
    var status: HTTPResponse.Status
    var message: Message

    init(_ status: HTTPResponse.Status, _ message: Message) {
        self.status = status
        self.message = message
    }

    /// The page that says so, with `title` as its heading.
    func page(title: Message, language: Language) -> ConsolePage {
        ConsolePage(
            title: title.text(language), language: language,
            body: "<p class=\"problem\" id=\"problem\">\(language.word(message))</p>")
    }
}
