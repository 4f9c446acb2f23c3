package org.suanli.kernel;

/**
 * Help for a name ({@code inspect_reply}): {@code found} false means "nothing to say", not an error.
 *
 * @param data text/plain (signature and Javadoc), possibly text/html; null when not found
 */
public record InspectReply(boolean found, DisplayData data) {
    public static InspectReply notFound() {
        return new InspectReply(false, null);
    }
}
