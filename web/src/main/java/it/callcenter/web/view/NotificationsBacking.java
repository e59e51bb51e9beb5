package it.callcenter.web.view;

import it.callcenter.platform.Notification;
import it.callcenter.platform.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The bell in the menu: how many unread notifications, their list, "mark as read". */
@Named
@RequestScoped
public class NotificationsBacking {

    @EJB
    private Notifications notifications;

    private List<Notification> unread;

    public List<Notification> getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = List.of();
    }
}
