package org.crampcare.intake;

import java.util.concurrent.TimeUnit;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.triage.TextReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to read texts of 100, 2,000 and 10,000 words, natural and adversarial: the reader must grow
 * about linearly with length (100x the words, about 100x the time), never quadratically.
 *
 * <p>The adversarial inputs aim at every place where one find could look at all others: a run of
 * negation cues ("no no no"), one endless clause of negation, hypothetical, past and other-person
 * cues, phrases that need another phrase in the same (endless) sentence, and contrasts after other
 * people's symptoms; in Spanish, a natural text, a chain of Spanish cues (conditionals that run past
 * denials included), slips, and a text whose language stays undecided, so it is read in both. Run with {@code ./mvnw -o -q -Pbench -DskipTests package} then
 * {@code java -jar target/benchmarks.jar TextIntakeScalingBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextIntakeScalingBenchmark {
    /** Repeating units; each is repeated until the text has the wanted number of words. */
    private static final String NO_RUN = "no ";
    private static final String SCOPE_CHAIN = "no swelling if not numb maybe years ago our husband had "
            + "unbearable redness whereas i don't ";
    private static final String NEEDS_CHAIN = "stretching doesn't help walk rest cramps all over at once ";
    private static final String TYPO_CHAIN = "unbearible swolen numbnes evry nite tho cant 3-4x a wk 30 secs ";
    /** About 100 words of Spanish: symptoms, denials, numbers in words, a medicine, another person, a conditional. */
    static final String ES_TEXT = "Tengo 67 años y desde hace un mes se me acalambran las pantorrillas casi todas las "
            + "noches, como a las tres de la mañana. Cada calambre dura unos diez a quince minutos y el dolor es un "
            + "siete de diez. No tengo hinchazón ni enrojecimiento, pero a veces se me duermen los dedos del pie. "
            + "Tomo furosemida y atorvastatina, y tengo hipotiroidismo. Mi hermana tiene calambres por todo el cuerpo "
            + "pero ella está bien. Estirar me ayuda un poco. Mi médico me dijo que si algún día no lo aguanto vaya "
            + "a urgencias. Camino todos los días y paso mucho rato sentada.";
    private static final String ES_SCOPE_CHAIN = "no sin ni nunca tampoco hinchazón si algún día no lo aguanto por si "
            + "acaso mi vecino tuvo rojo hace años pero ya no ";
    private static final String ES_TYPOS = "insoportabel inchado dormdo todas las noshes 3 o 4 veses x semana media ora ";
    /** Words both lexicons or neither know: the language stays undecided and the text is read in both. */
    private static final String MIXED = "edema calf pantorrilla no swelling hinchazón ";

    @Param({"100", "2000", "10000"})
    public int words;

    @Param({"natural", "noRun", "scopeChain", "needsChain", "typos", "esNatural", "esScopeChain", "esTypos", "mixed"})
    public String kind;

    private TextIntake intake;
    private String text;

    @Setup
    public void setUp() {
        intake = TextIntake.builtIn(KnowledgeLoader.builtIn());
        text = switch (kind) {
            case "natural" -> repeat(TextIntakeBenchmark.TEXT + " ", words);
            case "noRun" -> repeat(NO_RUN, words);
            case "scopeChain" -> repeat(SCOPE_CHAIN, words);
            case "needsChain" -> repeat(NEEDS_CHAIN, words);
            case "esNatural" -> repeat(ES_TEXT + " ", words);
            case "esScopeChain" -> repeat(ES_SCOPE_CHAIN, words);
            case "esTypos" -> repeat(ES_TYPOS, words);
            case "mixed" -> repeat(MIXED, words);
            default -> repeat(TYPO_CHAIN, words);
        };
    }

    /** Repeats {@code unit} until the text has exactly {@code words} space-separated words. */
    static String repeat(String unit, int words) {
        String[] parts = unit.trim().split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(parts[i % parts.length]).append(' ');
        }
        return b.toString();
    }

    @Benchmark
    public TextReading read() {
        return intake.read(text);
    }
}
