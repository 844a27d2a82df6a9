package org.crampcare.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crampcare.knowledge.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The shared {@code --language en|es} option: the language of what a command prints for people
 * (knowledge texts, results, answers and the command's own words).
 *
 * <p>Without it, output is in English, or for an assessment in the language of its input (as the
 * HTTP API does without {@code Accept-Language}).
 */
final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|es", converter = Tag.class,
            description = "Language of the output: en or es (español); default en (for assess: the input's language).")
    Language language;

    /** The language given, if one was. */
    Optional<Language> chosen() {
        return Optional.ofNullable(language);
    }

    /** The language given, or the base language. */
    Language get() {
        return chosen().orElse(Language.base());
    }

    /** Reads a language tag; anything CrampCare does not speak is a usage error naming the choices. */
    static final class Tag implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromTag(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a language CrampCare speaks; give one of " + choices()));
        }

        static String choices() {
            return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
        }
    }
}
