package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tabs under the preview: the checks, and the answers that came back for the prompt. */
public final class LowerTabs {

    private LowerTabs() {
    }

    public static TabPane of(Messages messages, Node checks, Node answers) {
        TabPane tabs = new TabPane(tab(messages, "tab.checks", "tab-checks", checks), tab(messages, "tab.answers", "tab-answers", answers));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("lower-tabs");
        return tabs;
    }

    /** Brings the tab holding {@code content} to the front. */
    public static void show(TabPane tabs, Node content) {
        tabs.getTabs().stream().filter(t -> t.getContent() == content).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static Tab tab(Messages messages, String key, String id, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setId(id);
        tab.setContent(content);
        return tab;
    }
}
