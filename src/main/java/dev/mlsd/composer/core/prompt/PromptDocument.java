package dev.mlsd.composer.core.prompt;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.TemplatePart;
import dev.mlsd.composer.core.text.TextCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The live prompt while a user types, and the one owner of the sections' text: the text of each
 * section, edited in place, and the template around it. Each edit is announced to the document's
 * subscribers as one {@link SectionChange}, which carries the matching edits of the prompt (one per
 * placeholder of that slot), so views follow the change without rebuilding anything, and counts
 * are read from here rather than copied. Not thread-safe: the UI owns it on one thread and hands
 * snapshots to others.
 */
public final class PromptDocument {

    private final Template template;
    private final Map<String, SectionText> sections = new LinkedHashMap<>();
    private final List<Consumer<SectionChange>> subscribers = new ArrayList<>();

    public PromptDocument(Template template, Map<String, String> texts) {
        this.template = template;
        for (String slot : template.slotIds()) {
            sections.put(slot, new SectionText(texts.getOrDefault(slot, "")));
        }
        texts.forEach((slot, text) -> sections.computeIfAbsent(slot, s -> new SectionText(text)));
    }

    public Template template() {
        return template;
    }

    /** The current text of a section ("" for a slot it does not have). */
    public String text(String slotId) {
        SectionText section = sections.get(slotId);
        return section == null ? "" : section.toString();
    }

    public int length(String slotId) {
        SectionText section = sections.get(slotId);
        return section == null ? 0 : section.length();
    }

    public TextCounts counts(String slotId) {
        SectionText section = sections.get(slotId);
        return section == null ? TextCounts.ZERO : section.counts();
    }

    /** Words and characters of all the template's sections together. */
    public TextCounts sectionCounts() {
        TextCounts total = TextCounts.ZERO;
        for (String slot : template.slotIds()) {
            total = total.plus(counts(slot));
        }
        return total;
    }

    /** A copy of every section's text, the template's slots first; detached sections after them. */
    public Map<String, String> sections() {
        Map<String, String> copy = new LinkedHashMap<>();
        sections.forEach((slot, text) -> copy.put(slot, text.toString()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Calls {@code subscriber} after every edit of this document. Subscriptions live as long as
     * the document: a view made for one document is let go together with it.
     */
    public void subscribe(Consumer<SectionChange> subscriber) {
        subscribers.add(subscriber);
    }

    /**
     * Replaces {@code removedLength} characters at {@code offset} of a section by {@code inserted},
     * tells the subscribers, and returns where the prompt changed, one edit per placeholder of the
     * slot, in prompt order (each edit's start already accounts for the edits before it).
     */
    public List<PromptEdit> edit(String slotId, int offset, int removedLength, String inserted) {
        SectionText section = sections.get(slotId);
        if (section == null) {
            throw new IllegalArgumentException("no section '" + slotId + "'");
        }
        if (offset < 0 || removedLength < 0 || offset + removedLength > section.length()) {
            throw new IndexOutOfBoundsException("edit [" + offset + ", +" + removedLength + ") outside a section of length " + section.length());
        }
        List<Integer> starts = placeholderStarts(slotId);
        section.replace(offset, removedLength, inserted);
        List<PromptEdit> edits = new ArrayList<>(starts.size());
        int shift = inserted.length() - removedLength;
        for (int i = 0; i < starts.size(); i++) {
            edits.add(new PromptEdit(slotId, starts.get(i) + i * shift + offset, removedLength, inserted));
        }
        SectionChange change = new SectionChange(slotId, offset, removedLength, inserted, edits);
        for (Consumer<SectionChange> subscriber : List.copyOf(subscribers)) {
            subscriber.accept(change);
        }
        return change.promptEdits();
    }

    /** The slot and offset behind a prompt offset; an offset just after a section's text belongs to it. */
    public PromptLocation locate(int promptOffset) {
        int at = 0;
        for (TemplatePart part : template.parts()) {
            if (part instanceof TemplatePart.Placeholder p) {
                int length = length(p.slotId());
                if (promptOffset >= at && promptOffset <= at + length) {
                    return new PromptLocation(p.slotId(), promptOffset - at);
                }
                at += length;
            } else if (part instanceof TemplatePart.Literal literal) {
                at += literal.text().length();
            }
        }
        return new PromptLocation(null, 0);
    }

    /** The prompt as it is now, with its provenance spans. */
    public AssembledPrompt assemble() {
        return new PromptAssembler().assemble(template, sections());
    }

    private List<Integer> placeholderStarts(String slotId) {
        List<Integer> starts = new ArrayList<>(1);
        int at = 0;
        for (TemplatePart part : template.parts()) {
            if (part instanceof TemplatePart.Placeholder p) {
                if (p.slotId().equals(slotId)) {
                    starts.add(at);
                }
                at += length(p.slotId());
            } else if (part instanceof TemplatePart.Literal literal) {
                at += literal.text().length();
            }
        }
        return starts;
    }
}
