import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp } from 'antd';
import { createApolloClient } from './apollo/apollo-client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';

const client = createApolloClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <I18nProvider>
        <AntdApp>
          <App />
        </AntdApp>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
