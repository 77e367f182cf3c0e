package org.civicspace.platform.messaging;

import java.util.UUID;

/** Wire event of the stand-in service. */
public record WidgetCreated(UUID widgetId, String name) {

    public static final EventType TYPE = new EventType("org.civicspace.platform-test.widget.created.v1",
            "platform-test.widgets");
}
