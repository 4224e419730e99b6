package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * Makes the toolbar from the catalogue and a shape of action ids: one icon button per action (a
 * menu button per family), its tooltip the name and main key, its accessible text the name, both
 * following the UI language. Ids the catalogue does not declare are left out, so the shape may
 * name actions that another part of the app adds later.
 */
public final class ToolBarFactory {

    /** In a toolbar shape: a line between groups of buttons. */
    public static final String SEPARATOR = "|";

    private final ActionCatalogue catalogue;
    private final Messages messages;
    private final ActionIcons icons = new ActionIcons();

    public ToolBarFactory(ActionCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The node id of an action's button: {@code file.save} → {@code tool-file-save}. */
    public static String buttonId(String actionId) {
        return "tool-" + actionId.replace('.', '-');
    }

    public ToolBar build(List<String> shape) {
        Set<String> declared = declaredIds();
        List<Node> items = new ArrayList<>();
        for (String id : shape) {
            if (SEPARATOR.equals(id)) {
                if (!items.isEmpty() && !(items.get(items.size() - 1) instanceof Separator)) {
                    items.add(new Separator());
                }
            } else if (declared.contains(id)) {
                items.add(catalogue.families().stream().anyMatch(f -> f.id().equals(id)) ? familyButton(catalogue.family(id))
                        : button(catalogue.action(id)));
            }
        }
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Separator) {
            items.remove(items.size() - 1);
        }
        ToolBar bar = new ToolBar();
        bar.getItems().setAll(items);
        bar.getStyleClass().add("app-toolbar");
        // The skin's overflow button names itself in English ("Overflow button"): ours follows the UI language.
        bar.skinProperty().addListener((obs, old, skin) -> {
            Node overflow = bar.lookup(".tool-bar-overflow-button");
            if (overflow != null) {
                overflow.accessibleTextProperty().bind(messages.text("toolbar.more"));
            }
        });
        return bar;
    }

    private Set<String> declaredIds() {
        Set<String> ids = catalogue.actions().stream().map(AppAction::id).collect(Collectors.toSet());
        catalogue.families().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private Button button(AppAction action) {
        Button button = new Button();
        StringBinding name = Bindings.createStringBinding(() -> ActionText.plain(messages.get(action.nameKey())), messages.localeProperty());
        dress(button, action.id(), action.icon(), name,
                Bindings.createStringBinding(() -> ActionText.tooltip(name.get(), action.accelerator()), name));
        if (action.enabled() != null) {
            button.disableProperty().bind(Bindings.not(action.enabled()));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private <P> MenuButton familyButton(ActionFamily<P> family) {
        MenuButton button = new MenuButton();
        StringBinding name = messages.text(family.descriptionKey());
        dress(button, family.id(), family.icon(), name, name);
        Runnable fill = () -> {
            List<MenuItem> items = new ArrayList<>();
            for (P member : family.members()) {
                MenuItem item = new MenuItem();
                item.textProperty().bind(family.name(member).binding(messages));
                item.setMnemonicParsing(false);
                item.setOnAction(a -> family.run(member));
                items.add(item);
            }
            button.getItems().setAll(items);
        };
        family.members().addListener((ListChangeListener<P>) change -> fill.run());
        fill.run();
        return button;
    }

    private void dress(ButtonBase button, String id, String icon, StringBinding name, StringBinding tooltip) {
        ActionIcon graphic = icon == null ? null : icons.icon(icon);
        if (graphic != null) {
            button.setGraphic(graphic);
        } else {
            button.textProperty().bind(name);
        }
        button.setId(buttonId(id));
        button.accessibleTextProperty().bind(name);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(tooltip);
        button.setTooltip(tip);
        // Out of the Tab order: every button's action has its keys, its menu item and its palette entry.
        button.setFocusTraversable(false);
        button.getProperties().put(MenuBarFactory.ACTION, id);
    }
}
