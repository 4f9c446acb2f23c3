package org.suanli.runner;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(InEnglish.class)}: each test of the class sees the report in English, the report's second
 * language ({@code suanli.lang=en}), and the default (Chinese) again afterwards. ReportLanguageTest checks both.
 */
final class InEnglish implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty("suanli.lang", "en");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("suanli.lang");
    }
}
