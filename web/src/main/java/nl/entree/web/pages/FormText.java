package nl.entree.web.pages;

/**
 * The one way web reads free text from a form before sending it on. Browsers post a textarea's line breaks as CRLF
 * but count each as one character against its {@code maxlength}: as LF, the text a service measures is the one the
 * user saw measured, and no text is stored with CRs in it.
 */
public final class FormText {

    private FormText() {
    }

    /** The text as typed, with every line break as LF; empty when the field was not sent. */
    public static String typed(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@link #typed} without the white space around it. */
    public static String stripped(String value) {
        return typed(value).strip();
    }

    /** {@link #stripped}, or null when nothing but white space was typed. */
    public static String optional(String value) {
        String text = stripped(value);
        return text.isEmpty() ? null : text;
    }
}
