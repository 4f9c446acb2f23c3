package org.suanli.kernel;

import java.util.List;

/**
 * The interpreter's part of {@code kernel_info_reply} (the protocol layer adds {@code protocol_version},
 * status and any server fields). Built without starting JShell, so the reply can go out at once.
 */
public record KernelInfo(String implementation, String implementationVersion, String banner,
                         LanguageInfo languageInfo, List<HelpLink> helpLinks) {
    public KernelInfo {
        helpLinks = helpLinks == null ? List.of() : List.copyOf(helpLinks);
    }

    /** One entry of {@code help_links}. */
    public record HelpLink(String text, String url) {
    }
}
