/** The screens of the messages (issue 16): the message campaigns' list and page, the automatic messages. */
package it.callcenter.web.view.messages;
