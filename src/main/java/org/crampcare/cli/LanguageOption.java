package org.crampcare.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crampcare.knowledge.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The shared {@code --language en|es} option: the language of what a command prints for people
 * (knowledge texts, results, answers and the command's own words), and the language free text is
 * read in when the input does not name one (its {@code "language"} field wins).
 *
 * <p>Without it, output is in English, or for an assessment in the language of its input (as the
 * HTTP API does without {@code Accept-Language}), and the language of free text is detected.
 */
final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|es", converter = Tag.class,
            description = "Language: en or es (español). Free text is read in it unless the input names its own "
                    + "\"language\" (default: detected); output is in it (default en; for assess: the input's language).")
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
